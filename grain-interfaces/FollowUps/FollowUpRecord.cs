namespace LiveSales.GrainInterfaces.FollowUps;

/// <summary>
/// One contact with a customer or lead. Permanent: kept by the customer (or by the lead while it
/// has no customer) and never removed, whoever owns the record later.
/// </summary>
public sealed record FollowUpRecord
{
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ByUserId { get; init; }

    public required Channel Channel { get; init; }

    /// <summary>What was discussed.</summary>
    public required string Summary { get; init; }

    /// <summary>The outcome, when the rep records one.</summary>
    public string? Result { get; init; }

    /// <summary>Whom the rep spoke to.</summary>
    public string? ContactName { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }

    public string? CustomerId { get; init; }

    public string? LeadId { get; init; }

    public string? OpportunityId { get; init; }
}
