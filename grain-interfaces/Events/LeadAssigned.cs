using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>A lead changed hands (assignment, claim, a missed acceptance deadline); ToUserId null = back to its pool.</summary>
[EventType("LeadAssigned")]
public sealed record LeadAssigned(string LeadId, string? FromUserId, string? ToUserId, string? OwnerTeamId, string PoolId, string ByUserId, string Reason, DateTimeOffset At) : IDomainEvent;
