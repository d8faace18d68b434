using LiveSales.GrainInterfaces.Events;

namespace LiveSales.Api.Live;

/// <summary>The hub's <c>alert</c>: <c>{ kind, message, at, customerId?, leadId?, opportunityId? }</c>.</summary>
public sealed record AlertMessage(AlertKind Kind, string Message, DateTimeOffset At, string? CustomerId, string? LeadId, string? OpportunityId)
{
    public static AlertMessage From(AlertRaised alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Kind, alert.Message, alert.At, alert.CustomerId, alert.LeadId, alert.OpportunityId);
    }
}
