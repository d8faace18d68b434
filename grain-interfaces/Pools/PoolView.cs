namespace LiveSales.GrainInterfaces.Pools;

public sealed record PoolView
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required PoolRules Rules { get; init; }

    /// <summary>Teams whose members may see and claim from the pool; empty means every rep.</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];

    /// <summary>Grows by one on every rules change; clocks computed under an older version are refreshed.</summary>
    public long RulesVersion { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsDefault => Id == PoolIds.Default;

    public bool IsOpenTo(string? teamId) => TeamIds.Count == 0 || (teamId is not null && TeamIds.Contains(teamId));
}
