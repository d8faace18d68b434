using LiveSales.GrainInterfaces.Leads;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

[EventType("LeadStatusChanged")]
public sealed record LeadStatusChanged(string LeadId, LeadStatus From, LeadStatus To, string? OwnerId, string? OwnerTeamId, string ByUserId, DateTimeOffset At) : IDomainEvent;
