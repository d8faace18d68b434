using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("OpportunityCreated")]
public sealed record OpportunityCreated(string OpportunityId, string CustomerId, string OwnerId, string? OwnerTeamId, string Stage, decimal Amount, int Probability, DateTimeOffset At) : IDomainEvent;
