using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("LeadConverted")]
public sealed record LeadConverted(string LeadId, string CustomerId, string? OpportunityId, string? OwnerId, string? OwnerTeamId, string ByUserId, DateTimeOffset At) : IDomainEvent;
