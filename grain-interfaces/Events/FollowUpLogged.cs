using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>The one event of a follow-up, raised by the customer (or by the lead when there is no customer).</summary>
[EventType("FollowUpLogged")]
public sealed record FollowUpLogged(FollowUpRecord FollowUp, string? OwnerId, string? OwnerTeamId) : IDomainEvent
{
    public DateTimeOffset At => FollowUp.At;
}
