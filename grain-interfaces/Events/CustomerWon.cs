using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("CustomerWon")]
public sealed record CustomerWon(string CustomerId, string OpportunityId, string? OwnerId, string? OwnerTeamId, DateTimeOffset At) : IDomainEvent;
