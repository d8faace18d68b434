namespace LiveSales.Grains.Queries;

/// <summary>
/// One record a user owns, by grain type and key. Ordered by key, then type (a converted lead's
/// customer and opportunity share its key), which is the keyset order of a team sweep.
/// </summary>
public sealed record OwnedRecordKey(string Type, string Key)
{
    /// <summary>Before every record: where a sweep starts.</summary>
    public static OwnedRecordKey Start { get; } = new("", "");
}
