using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("OpportunityClosed")]
public sealed record OpportunityClosed(string OpportunityId, string CustomerId, string OwnerId, string? OwnerTeamId, OpportunityStatus Status, decimal Amount, string? Reason, DateTimeOffset At) : IDomainEvent;
