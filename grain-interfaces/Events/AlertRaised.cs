using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>An alert for one user: the SignalR <c>alert</c> push of API.md, addressed to <see cref="RecipientUserId"/>.</summary>
[EventType("AlertRaised")]
public sealed record AlertRaised(
    string RecipientUserId,
    AlertKind Kind,
    string Message,
    DateTimeOffset At,
    string? CustomerId = null,
    string? LeadId = null,
    string? OpportunityId = null) : IDomainEvent;
