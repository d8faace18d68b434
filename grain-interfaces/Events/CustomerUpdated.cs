using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>Details changed (name, region, tags, contacts, lock).</summary>
[EventType("CustomerUpdated")]
public sealed record CustomerUpdated(string CustomerId, string? OwnerId, string? OwnerTeamId, string ByUserId, DateTimeOffset At) : IDomainEvent;
