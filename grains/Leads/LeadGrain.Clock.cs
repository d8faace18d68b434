using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Leads;

/// <summary>The lead's ownership changes, acceptance deadline and follow-up alert.</summary>
public sealed partial class LeadGrain : IRemindable
{
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ClockReminder || !Exists)
        {
            return;
        }

        var now = Now;
        var acted = false;
        if (LeadClock.FollowUpDue(State.NextFollowUpAt, State.FollowUpAlertedFor, now))
        {
            if ((State.OwnerId ?? State.NextFollowUpBy) is { } recipient)
            {
                Alert(recipient, AlertKind.FollowUpDue, $"Follow-up with lead {State.Name} is due ({State.NextFollowUpAt:u}).");
            }

            State.FollowUpAlertedFor = State.NextFollowUpAt;
            acted = true;
        }

        if (LeadClock.AcceptanceMissed(State.AcceptBy, now) && State.OwnerId is { } missed && State.Status == LeadStatus.Assigned)
        {
            await PassOnAsync(missed);
            acted = true;
        }

        if (acted || NextDue() != State.ClockDueAt)
        {
            await SaveAsync(afterTick: true);
        }
        else if (NextDue() is { } next)
        {
            await RegisterOneShotAsync(ClockReminder, next);
        }
    }

    private async Task PassOnAsync(string missedOwner)
    {
        if (!State.PassedOver.Contains(missedOwner))
        {
            State.PassedOver.Add(missedOwner);
        }

        var lapsed = $"Not accepted within {IsoDuration.Format(State.AcceptWithin ?? TimeSpan.Zero)}.";
        var subject = new AssignmentSubject(AssignmentSubjectKind.Lead, State.Region, State.Industry, State.Source);
        var decision = await GrainFactory.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).DecideAsync(subject, State.PassedOver);
        if (decision.OwnerId is { } next)
        {
            State.PoolId = decision.PoolId;
            AssignTo(next, decision.OwnerTeamId, Actor.SystemUserId, $"{lapsed} {decision.Reason}", decision.LeadAcceptWithin);
            return;
        }

        State.OwnerId = null;
        State.OwnerTeamId = null;
        State.InPool = true;
        State.PoolId = decision.PoolId;
        State.Status = LeadStatus.New;
        State.AcceptBy = null;
        var reason = $"{lapsed} {decision.Reason}";
        Record(Actor.SystemUserId, "POOLED", reason);
        RaiseEvent(new LeadAssigned(Id, missedOwner, null, null, State.PoolId, Actor.SystemUserId, reason, Now));
    }

    private void AssignTo(string ownerId, string? teamId, string byUserId, string reason, TimeSpan? acceptWithin)
    {
        var now = Now;
        var from = State.OwnerId;
        State.OwnerId = ownerId;
        State.OwnerTeamId = teamId;
        State.InPool = false;
        State.AssignedAt = now;
        State.AcceptWithin = acceptWithin;
        var waiting = acceptWithin is not null && State.Status is LeadStatus.New or LeadStatus.Assigned;
        State.AcceptBy = LeadClock.AcceptBy(waiting, now, acceptWithin);
        if (State.Status == LeadStatus.New)
        {
            State.Status = LeadStatus.Assigned;
        }

        Record(byUserId, "ASSIGNED", reason);
        RaiseEvent(new LeadAssigned(Id, from, ownerId, teamId, State.PoolId, byUserId, reason, now));
        if (ownerId != byUserId)
        {
            Alert(ownerId, AlertKind.LeadAssigned, $"Lead {State.Name} was assigned to you. {reason}".TrimEnd());
        }
    }

    private void FollowedUp(DateTimeOffset at)
    {
        if (State.LastFollowUpAt is not { } last || at > last)
        {
            State.LastFollowUpAt = at;
        }

        Touch();
    }

    // Any sign of work on an owned lead stops its acceptance deadline.
    private void Touch()
    {
        State.AcceptBy = null;
        if (State.OwnerId is not null)
        {
            State.Status = LeadStatusRules.AfterTouch(State.Status);
        }
    }

    private void StatusChanged(LeadStatus from, string byUserId)
    {
        if (from != State.Status)
        {
            RaiseEvent(new LeadStatusChanged(Id, from, State.Status, State.OwnerId, State.OwnerTeamId, byUserId, Now));
        }
    }

    private void Record(string byUserId, string action, string? detail) => State.Log.Add(new LeadLogEntry(Now, byUserId, action, detail));

    private void Alert(string recipient, AlertKind kind, string message) =>
        RaiseEvent(new AlertRaised(recipient, kind, message, Now, LeadId: Id));

    private DateTimeOffset? NextDue() => LeadClock.NextDue(State.AcceptBy, State.NextFollowUpAt, State.FollowUpAlertedFor);

    private async Task SaveAsync(bool afterTick = false)
    {
        var due = NextDue();
        var armed = afterTick ? null : State.ClockDueAt;
        State.ClockDueAt = due;
        await WriteWithReminderAsync(ClockReminder, armed, due);
    }
}
