namespace LiveSales.GrainInterfaces.Pools;

public sealed record CreatePoolInput
{
    public required string Name { get; init; }

    public PoolRules Rules { get; init; } = PoolRules.Default;

    public IReadOnlyList<string> TeamIds { get; init; } = [];
}
