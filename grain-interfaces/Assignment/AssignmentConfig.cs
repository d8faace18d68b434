using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.GrainInterfaces.Assignment;

/// <summary>The ordered rule list and the catch-all after it.</summary>
public sealed record AssignmentConfig
{
    /// <summary>The key of the organisation's assignment grain.</summary>
    public const string GrainKey = "default";

    public static AssignmentConfig Empty { get; } = new();

    public IReadOnlyList<AssignmentRule> Rules { get; init; } = [];

    /// <summary>The catch-all: where a record goes when no rule matches or no rep can take it.</summary>
    public string FallbackPoolId { get; init; } = PoolIds.Default;

    /// <summary>How long an assigned lead may stay untouched before it moves to the next rep; null = never.</summary>
    public TimeSpan? LeadAcceptWithin { get; init; } = TimeSpan.FromHours(24);
}
