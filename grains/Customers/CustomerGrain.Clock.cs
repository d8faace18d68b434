using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Runtime;

namespace LiveSales.Grains.Customers;

/// <summary>The customer's ownership changes and its return clock.</summary>
public sealed partial class CustomerGrain : IRemindable
{
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ClockReminder || !Exists)
        {
            return;
        }

        var pool = await PoolAsync();
        var rules = pool.Rules;
        var deadline = ReturnRules.Deadline(State.ReturnFacts, rules);
        var actions = CustomerClock.Due(deadline, rules, State.NextFollowUpAt, State.Marks, Now);
        if (actions.Count == 0 && pool.RulesVersion == State.ClockRulesVersion
            && CustomerClock.NextDue(deadline, rules, State.NextFollowUpAt, State.Marks) is var due && due == State.ClockDueAt)
        {
            // Early or repeated tick: nothing to do but re-arm the (consumed) one-shot reminder.
            if (due is { } next)
            {
                await RegisterOneShotAsync(ClockReminder, next);
            }

            return;
        }

        foreach (var action in actions)
        {
            Apply(action, deadline, pool);
        }

        await SaveAsync(pool, afterTick: true);
    }

    private void Apply(ClockAction action, ReturnDeadline? deadline, PoolView pool)
    {
        switch (action.Kind)
        {
            case ClockActionKind.FollowUpDue:
                if ((State.OwnerId ?? State.NextFollowUpBy) is { } recipient)
                {
                    Alert(recipient, AlertKind.FollowUpDue, $"Follow-up with {State.Name} is due ({action.At:u}).");
                }

                State.Marks = State.Marks with { FollowUpDueAlertedFor = State.NextFollowUpAt };
                break;
            case ClockActionKind.ReturnWarning when deadline is not null && State.OwnerId is { } owner:
                Alert(owner, AlertKind.ReturnWarning, $"{State.Name} returns to pool '{pool.Name}' at {deadline.At:u} (in {Durations.Describe(deadline.At - Now)}) unless you follow up.");
                State.Marks = CustomerClock.MarkWarned(State.Marks, deadline, action.Warnings);
                break;
            case ClockActionKind.Return when deadline is not null && State.OwnerId is { } formerOwner:
                var why = ReturnRules.Describe(deadline);
                LeaveOwner(OwnershipChangeKind.Returned, Actor.SystemUserId, why, deadline.Rule, pool);
                Alert(formerOwner, AlertKind.ReturnedToPool, $"{State.Name} went back to pool '{pool.Name}': {why}");
                break;
        }
    }

    private void TakeOwnership(string ownerId, string? teamId, OwnershipChangeKind kind, Actor by, string? reason, string? rule, PoolView pool)
    {
        var now = Now;
        var from = State.OwnerId;
        if (from is not null)
        {
            RememberFormerOwner(from, now);
        }

        var wasInPool = State.InPool;
        State.OwnerId = ownerId;
        State.OwnerTeamId = teamId;
        State.OwnedSince = now;
        State.InPool = false;
        State.PoolId = pool.Id;
        var change = Record(kind, from, ownerId, by.UserId, reason, rule, now);
        if (wasInPool)
        {
            RaiseEvent(new CustomerPoolChanged(pool.Id, Id, PoolChangeKind.Removed, now));
        }

        if (kind == OwnershipChangeKind.Assigned && ownerId != by.UserId)
        {
            Alert(ownerId, AlertKind.Assigned, $"{State.Name} was assigned to you. {change.Reason}".TrimEnd());
        }
    }

    private void LeaveOwner(OwnershipChangeKind kind, string byUserId, string reason, string? rule, PoolView pool)
    {
        var now = Now;
        var from = State.OwnerId!;
        RememberFormerOwner(from, now);
        State.OwnerId = null;
        State.OwnerTeamId = null;
        State.OwnedSince = null;
        State.InPool = true;
        Record(kind, from, null, byUserId, reason, rule, now);
        RaiseEvent(new CustomerPoolChanged(pool.Id, Id, PoolChangeKind.Added, now));
    }

    private OwnershipChange Record(OwnershipChangeKind kind, string? from, string? to, string byUserId, string? reason, string? rule, DateTimeOffset now)
    {
        var change = new OwnershipChange
        {
            At = now,
            Kind = kind,
            FromUserId = from,
            ToUserId = to,
            ByUserId = byUserId,
            Reason = reason,
            Rule = rule,
            PoolId = State.PoolId,
        };
        State.History.Add(change);
        State.Marks = State.Marks with { WarnedDeadline = null, WarningsSent = [] };
        RaiseEvent(new CustomerOwnershipChanged(Id, State.PoolId, State.OwnerTeamId, change));
        return change;
    }

    private void RememberFormerOwner(string userId, DateTimeOffset now)
    {
        State.FormerOwners.RemoveAll(f => f.UserId == userId);
        State.FormerOwners.Add(new FormerOwner(userId, now));
        if (State.FormerOwners.Count > FormerOwnersKept)
        {
            State.FormerOwners.RemoveAt(0);
        }
    }

    private void Alert(string recipient, AlertKind kind, string message) =>
        RaiseEvent(new AlertRaised(recipient, kind, message, Now, CustomerId: Id));

    /// <summary>Recomputes the clock under the pool's rules, writes the state and keeps the reminder in step.</summary>
    private async Task SaveAsync(PoolView pool, bool afterTick = false)
    {
        var deadline = ReturnRules.Deadline(State.ReturnFacts, pool.Rules);
        State.ReturnsToPoolAt = deadline?.At;
        State.ReturnRule = deadline?.Rule;
        State.ClockRulesVersion = pool.RulesVersion;
        var due = CustomerClock.NextDue(deadline, pool.Rules, State.NextFollowUpAt, State.Marks);

        // A one-shot reminder that just fired is gone, whatever the state says.
        var armed = afterTick ? null : State.ClockDueAt;
        State.ClockDueAt = due;
        await WriteWithReminderAsync(ClockReminder, armed, due);
    }
}
