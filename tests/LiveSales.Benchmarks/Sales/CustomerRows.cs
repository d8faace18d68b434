using System.Globalization;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// The rows the customer grain would have written for a <see cref="CustomerSpec"/> by <c>now</c>:
/// <c>createCustomer</c> by the system at the spec's time, then every clock tick due before now
/// (return warnings), each computed with the domain's own rules (<see cref="ReturnRules"/>,
/// <see cref="CustomerClock"/>) on the domain's own <see cref="CustomerState"/>. The seed check
/// compares these with a twin made through the grain, so a change to the grain shows up here.
/// </summary>
public static class CustomerRows
{
    public static SeededCustomer Build(CustomerSpec spec, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var at = spec.CreatedAt;
        var input = CustomerInputValidator.Validate(spec.Input);
        var customer = new SeededCustomer(new CustomerState
        {
            Id = spec.Id,
            Name = input.Name,
            Region = input.Region,
            Industry = input.Industry,
            Tier = input.Tier,
            Source = input.Source,
            Tags = [.. input.Tags ?? []],
            Contacts = [.. input.Contacts ?? []],
            PoolId = spec.Pool.Id,
            CreatedAt = at,
            CreatedBy = Actor.SystemUserId,
        });
        var state = customer.State;
        var events = new List<object> { new CustomerCreated(spec.Id, state.Name, spec.Owner?.Id, spec.Owner?.TeamId, spec.Pool.Id, Actor.SystemUserId, at) };
        if (spec.Owner is { } owner)
        {
            state.OwnerId = owner.Id;
            state.OwnerTeamId = owner.TeamId;
            state.OwnedSince = at;
            state.InPool = false;
            var change = new OwnershipChange
            {
                At = at,
                Kind = OwnershipChangeKind.Assigned,
                ToUserId = owner.Id,
                ByUserId = Actor.SystemUserId,
                Reason = $"Created for {owner.Name} by {Actor.SystemUserId}.",
                PoolId = state.PoolId,
            };
            state.History.Add(change);
            state.Marks = state.Marks with { WarnedDeadline = null, WarningsSent = [] };
            events.Add(new CustomerOwnershipChanged(spec.Id, state.PoolId, state.OwnerTeamId, change));
            events.Add(new AlertRaised(owner.Id, AlertKind.Assigned, $"{state.Name} was assigned to you. {change.Reason}".TrimEnd(), at, CustomerId: spec.Id));
        }
        else
        {
            state.InPool = true;
            events.Add(new CustomerPoolChanged(spec.Pool.Id, spec.Id, PoolChangeKind.Added, at));
        }

        Save(customer, spec.Pool, at, events, afterTick: false);
        while (customer.Reminder is { } reminder && reminder.DueAt <= now)
        {
            Tick(customer, spec.Pool, reminder);
        }

        return customer;
    }

    // One delivery of the clock reminder at its due time: what ReceiveReminder does for warnings.
    private static void Tick(SeededCustomer customer, PoolView pool, SeededReminder claimed)
    {
        var state = customer.State;
        var now = claimed.DueAt;
        var deadline = ReturnRules.Deadline(state.ReturnFacts, pool.Rules);
        var actions = CustomerClock.Due(deadline, pool.Rules, state.NextFollowUpAt, state.Marks, now);
        var events = new List<object>();
        foreach (var action in actions)
        {
            if (action.Kind != ClockActionKind.ReturnWarning || deadline is null || state.OwnerId is not { } owner)
            {
                throw new NotSupportedException($"The seed only replays return warnings, not {action.Kind} (customer {state.Id} at {now:u}).");
            }

            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{state.Name} returns to pool '{pool.Name}' at {deadline.At:u} (in {Durations.Describe(deadline.At - now)}) unless you follow up.");
            events.Add(new AlertRaised(owner, AlertKind.ReturnWarning, message, now, CustomerId: state.Id));
            state.Marks = CustomerClock.MarkWarned(state.Marks, deadline, action.Warnings);
        }

        if (events.Count == 0)
        {
            throw new NotSupportedException($"The seed does not replay early ticks (customer {state.Id} at {now:u}).");
        }

        Save(customer, pool, now, events, afterTick: true);

        // The poller deletes a delivered one-shot unless the handler registered it again meanwhile.
        if (customer.Reminder?.Version == claimed.Version)
        {
            customer.Reminder = null;
        }
    }

    // The grain's SaveAsync: recompute the clock, write the state with its events, keep the reminder in step.
    private static void Save(SeededCustomer customer, PoolView pool, DateTimeOffset now, List<object> events, bool afterTick)
    {
        var state = customer.State;
        var deadline = ReturnRules.Deadline(state.ReturnFacts, pool.Rules);
        state.ReturnsToPoolAt = deadline?.At;
        state.ReturnRule = deadline?.Rule;
        state.ClockRulesVersion = pool.RulesVersion;
        var due = CustomerClock.NextDue(deadline, pool.Rules, state.NextFollowUpAt, state.Marks);
        var armed = afterTick ? null : state.ClockDueAt;
        state.ClockDueAt = due;
        if (due is { } next && next != armed)
        {
            customer.Reminder = new SeededReminder(next < now ? now : next, (customer.Reminder?.Version ?? 0) + 1);
        }
        else if (due is null && armed is not null)
        {
            customer.Reminder = null;
        }

        customer.Version++;
        customer.WrittenAt = now;
        customer.Events.AddRange(events.Select(e => new SeededEvent(customer.Version, e, now)));
    }
}
