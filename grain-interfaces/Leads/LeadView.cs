using LiveSales.GrainInterfaces.Customers;

namespace LiveSales.GrainInterfaces.Leads;

public sealed record LeadView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Company { get; init; }

    public string? Title { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Source { get; init; }

    public string? Region { get; init; }

    public string? Industry { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Notes { get; init; }

    public LeadStatus Status { get; init; }

    public string? OwnerId { get; init; }

    public string? OwnerTeamId { get; init; }

    /// <summary>The pool the lead belongs to (and sits in while unowned).</summary>
    public required string PoolId { get; init; }

    public bool InPool { get; init; }

    public DateTimeOffset? LastFollowUpAt { get; init; }

    public DateTimeOffset? NextFollowUpAt { get; init; }

    /// <summary>An assigned, untouched lead moves to the next rep at this time.</summary>
    public DateTimeOffset? AcceptBy { get; init; }

    public string? CustomerId { get; init; }

    public string? OpportunityId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<LeadLogEntry> Log { get; init; } = [];

    public int FollowUpCount { get; init; }

    public Contact? ToContact() => new() { Name = Name, Title = Title, Email = Email, Phone = Phone };
}
