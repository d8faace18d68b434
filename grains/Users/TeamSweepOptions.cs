namespace LiveSales.Grains.Users;

/// <summary>How a user's team sweep works through the user's records.</summary>
public sealed class TeamSweepOptions
{
    /// <summary>Records per reminder tick (500, like the pool's rules sweep).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Record grains called at once within a batch.</summary>
    public int Parallelism { get; set; } = 32;
}
