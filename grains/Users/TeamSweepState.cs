using LiveSales.Grains.Queries;

namespace LiveSales.Grains.Users;

public sealed class TeamSweepState
{
    /// <summary>The user's <c>TeamStamp</c> the current (or last) pass works to.</summary>
    public string? Stamp { get; set; }

    /// <summary>The team the pass stamps onto the user's records.</summary>
    public string? TeamId { get; set; }

    /// <summary>Where the pass has got to; null when done.</summary>
    public OwnedRecordKey? After { get; set; }
}
