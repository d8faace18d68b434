using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>Stage, amount or probability changed while open.</summary>
[EventType("OpportunityStageChanged")]
public sealed record OpportunityStageChanged(string OpportunityId, string CustomerId, string OwnerId, string? OwnerTeamId, string FromStage, string ToStage, decimal Amount, int Probability, DateTimeOffset At) : IDomainEvent;
