namespace LiveSales.GrainInterfaces.Opportunities;

public sealed record OpportunityView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string CustomerId { get; init; }

    public required string OwnerId { get; init; }

    public string? OwnerTeamId { get; init; }

    public required string Stage { get; init; }

    public decimal Amount { get; init; }

    /// <summary>0–100: the stage default unless <see cref="ProbabilityOverridden"/>.</summary>
    public int Probability { get; init; }

    public bool ProbabilityOverridden { get; init; }

    public OpportunityStatus Status { get; init; }

    public DateOnly? ExpectedCloseDate { get; init; }

    public DateTimeOffset? LastFollowUpAt { get; init; }

    public string? LeadId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}
