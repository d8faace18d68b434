namespace LiveSales.GrainInterfaces.Assignment;

/// <summary>
/// What the rules decided and why: the rule that matched (null for the catch-all), the owner chosen
/// (null: the record goes unowned to <see cref="PoolId"/>), and a sentence that explains it.
/// </summary>
public sealed record AssignmentDecision
{
    public string? RuleId { get; init; }

    public string? RuleName { get; init; }

    public string? OwnerId { get; init; }

    public string? OwnerTeamId { get; init; }

    public required string PoolId { get; init; }

    public required string Reason { get; init; }

    /// <summary>For leads: the acceptance deadline that applies.</summary>
    public TimeSpan? LeadAcceptWithin { get; init; }
}
