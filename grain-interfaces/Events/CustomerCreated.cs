using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("CustomerCreated")]
public sealed record CustomerCreated(
    string CustomerId,
    string Name,
    string? OwnerId,
    string? OwnerTeamId,
    string PoolId,
    string ByUserId,
    DateTimeOffset At) : IDomainEvent;
