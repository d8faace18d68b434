using LiveSales.GrainInterfaces.Customers;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>An assign, claim, release or return: the ownership history entry just written.</summary>
[EventType("CustomerOwnershipChanged")]
public sealed record CustomerOwnershipChanged(string CustomerId, string PoolId, string? OwnerTeamId, OwnershipChange Change) : IDomainEvent
{
    public DateTimeOffset At => Change.At;
}
