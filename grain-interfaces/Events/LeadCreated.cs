using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("LeadCreated")]
public sealed record LeadCreated(string LeadId, string Name, string? Source, string? OwnerId, string? OwnerTeamId, string PoolId, string ByUserId, DateTimeOffset At) : IDomainEvent;
