namespace LiveSales.GrainInterfaces.Customers;

/// <summary>A customer as the API shows it (follow-ups are paged separately).</summary>
public sealed record CustomerView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public string? OwnerId { get; init; }

    /// <summary>The owner's team when it took the customer: what a manager's view filters on.</summary>
    public string? OwnerTeamId { get; init; }

    /// <summary>The pool whose rules govern the customer and to which it returns.</summary>
    public required string PoolId { get; init; }

    public bool InPool { get; init; }

    public bool Locked { get; init; }

    public bool Won { get; init; }

    public DateTimeOffset? LastFollowUpAt { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }

    /// <summary>When the return rules will send it back, or null (unowned, exempt, locked, rules off).</summary>
    public DateTimeOffset? ReturnsToPoolAt { get; init; }

    /// <summary>The rule that will fire at <see cref="ReturnsToPoolAt"/>.</summary>
    public string? ReturnRule { get; init; }

    public IReadOnlyList<string> OpenOpportunityIds { get; init; } = [];

    /// <summary>The lead this customer was converted from.</summary>
    public string? LeadId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<OwnershipChange> History { get; init; } = [];

    public int FollowUpCount { get; init; }
}
