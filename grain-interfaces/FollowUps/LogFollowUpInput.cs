namespace LiveSales.GrainInterfaces.FollowUps;

/// <summary>At least one of customer, lead, opportunity; they must belong together when several are given.</summary>
public sealed record LogFollowUpInput
{
    public string? CustomerId { get; init; }

    public string? LeadId { get; init; }

    public string? OpportunityId { get; init; }

    public required Channel Channel { get; init; }

    public required string Summary { get; init; }

    public string? Result { get; init; }

    public string? ContactName { get; init; }

    /// <summary>When to follow up next: a FOLLOW_UP_DUE alert is sent then. Must be in the future.</summary>
    public DateTimeOffset? NextFollowUpAt { get; init; }
}
