namespace LiveSales.GrainInterfaces;

/// <summary>
/// New entity ids: version-7 Guids in "N" form, so ids sort by creation time and keyset pages
/// over <c>grain_key</c> come out oldest first.
/// </summary>
public static class Ids
{
    public static string New(TimeProvider clock) => Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");

    /// <summary>True for a plausible entity id: 1–64 letters, digits, '-' or '_'.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
}
