namespace LiveSales.GrainInterfaces.Customers;

/// <summary>One entry of a customer's ownership history: who, when, why.</summary>
public sealed record OwnershipChange
{
    public required DateTimeOffset At { get; init; }

    public required OwnershipChangeKind Kind { get; init; }

    public string? FromUserId { get; init; }

    public string? ToUserId { get; init; }

    /// <summary>Who did it: a user id, or "system" for rules.</summary>
    public required string ByUserId { get; init; }

    /// <summary>Why, in words (for RETURNED the rule and its duration; for rule assignment the decision).</summary>
    public string? Reason { get; init; }

    /// <summary>For RETURNED: the rule that fired; for rule assignment: the assignment rule id.</summary>
    public string? Rule { get; init; }

    public string? PoolId { get; init; }
}
