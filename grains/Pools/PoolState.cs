using LiveSales.GrainInterfaces.Pools;

namespace LiveSales.Grains.Pools;

public sealed class PoolState
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public PoolRules Rules { get; set; } = PoolRules.Default;

    public List<string> TeamIds { get; set; } = [];

    public long RulesVersion { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the re-clocking of owned customers after a rules change has got to; null when done.</summary>
    public string? SweepAfter { get; set; }

    public PoolView ToView() => new()
    {
        Id = Id,
        Name = Name,
        Rules = Rules,
        TeamIds = [.. TeamIds],
        RulesVersion = RulesVersion,
        CreatedAt = CreatedAt,
    };
}
