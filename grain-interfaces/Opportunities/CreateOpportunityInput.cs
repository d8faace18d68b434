namespace LiveSales.GrainInterfaces.Opportunities;

public sealed record CreateOpportunityInput
{
    public required string CustomerId { get; init; }

    public required string Name { get; init; }

    public decimal Amount { get; init; }

    /// <summary>One of the open stages of <see cref="OpportunityStages"/>; the first when omitted.</summary>
    public string? Stage { get; init; }

    /// <summary>Overrides the stage's default probability.</summary>
    public int? Probability { get; init; }

    public DateOnly? ExpectedCloseDate { get; init; }

    /// <summary>Set by lead conversion.</summary>
    public string? LeadId { get; init; }
}
