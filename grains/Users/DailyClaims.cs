namespace LiveSales.Grains.Users;

/// <summary>
/// A rep's claims of one UTC day: the day and the customers claimed on it. A new day starts empty.
/// Claiming the same customer twice in a day counts once (a retried claim is not a second claim).
/// </summary>
public sealed record DailyClaims(DateOnly Day, IReadOnlyList<string> CustomerIds)
{
    public static DailyClaims Empty { get; } = new(DateOnly.MinValue, []);

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public int CountOn(DateTimeOffset now) => DayOf(now) == Day ? CustomerIds.Count : 0;

    public bool Contains(string customerId, DateTimeOffset now) => DayOf(now) == Day && CustomerIds.Contains(customerId);

    public DailyClaims Add(string customerId, DateTimeOffset now)
    {
        var today = DayOf(now);
        var current = today == Day ? CustomerIds : [];
        return current.Contains(customerId) ? this with { Day = today, CustomerIds = current } : new DailyClaims(today, [.. current, customerId]);
    }

    public DailyClaims Remove(string customerId, DateTimeOffset now) =>
        DayOf(now) == Day ? this with { CustomerIds = CustomerIds.Where(id => id != customerId).ToList() } : this;
}
