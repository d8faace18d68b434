namespace LiveSales.Grains.Customers;

/// <summary>What the return rules look at: ownership, the last follow-up and deal, exemptions.</summary>
public sealed record ReturnFacts
{
    public string? OwnerId { get; init; }

    /// <summary>When the current owner got the customer (assignment or claim): every clock starts no earlier.</summary>
    public DateTimeOffset? OwnedSince { get; init; }

    public DateTimeOffset? LastFollowUpAt { get; init; }

    /// <summary>When an opportunity of the customer was last won.</summary>
    public DateTimeOffset? LastDealAt { get; init; }

    public bool Won { get; init; }

    public bool Locked { get; init; }

    public bool HasOpenOpportunity { get; init; }
}
