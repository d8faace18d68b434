namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Which customers a database holds: <c>owned</c> customers spread evenly over the reps (and over the
/// pools whose rules govern them) plus a tenth as many unowned in the pools, created one after another
/// over the 26 days before <see cref="Anchor"/> — so every owned customer's clock is live and due
/// 4 to 30 days later, before any warning. Keys are version-7 Guids of the creation time, as the API makes them.
/// </summary>
public sealed class CustomerPopulation
{
    private static readonly TimeSpan s_spread = TimeSpan.FromDays(26);
    private readonly ScaleOrganisation _organisation;
    private readonly string[] _keys;

    public CustomerPopulation(ScaleOrganisation organisation, int owned, DateTimeOffset anchor)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (owned <= 0 || owned % 10 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(owned), owned, "A positive multiple of 10.");
        }

        _organisation = organisation;
        Owned = owned;
        Total = owned + (owned / 10);
        Anchor = anchor;
        _keys = new string[Total];
        for (var n = 0; n < Total; n++)
        {
            _keys[n] = Guid.CreateVersion7(CreatedAt(n)).ToString("N");
        }
    }

    public int Owned { get; }

    public int Total { get; }

    /// <summary>The seed's "now": every row is as the grains would have left it at this time.</summary>
    public DateTimeOffset Anchor { get; }

    public ScaleOrganisation Organisation => _organisation;

    public static bool IsPooled(int n) => n % 11 == 10;

    public CustomerSpec Spec(int n)
    {
        var reps = _organisation.Reps;
        var pools = _organisation.Pools;
        if (IsPooled(n))
        {
            return new CustomerSpec(_keys[n], n, null, pools[n / 11 % pools.Count], CreatedAt(n));
        }

        var owned = OwnedIndex(n);
        return new CustomerSpec(_keys[n], n, reps[owned % reps.Count], pools[owned / reps.Count % pools.Count], CreatedAt(n));
    }

    /// <summary>The numbers of <paramref name="count"/> owned customers spread evenly over the whole population.</summary>
    public IEnumerable<int> EvenlyOwned(int count)
    {
        var step = Math.Max(1, Owned / Math.Max(1, count));
        return Enumerable.Range(0, Total).Where(n => !IsPooled(n) && OwnedIndex(n) % step == 0).Take(count);
    }

    /// <summary>The keys of a rep's customers, in key order (its list's order).</summary>
    public IReadOnlyList<string> KeysOf(ScaleRep rep) => Sorted(n => !IsPooled(n) && _organisation.Reps[OwnedIndex(n) % _organisation.Reps.Count] == rep);

    /// <summary>The keys of a pool's unowned customers, in key order (its page's order).</summary>
    public IReadOnlyList<string> PooledKeysOf(string poolId) =>
        Sorted(n => IsPooled(n) && _organisation.Pools[n / 11 % _organisation.Pools.Count].Id == poolId);

    private static int OwnedIndex(int n) => n - (n / 11);

    private DateTimeOffset CreatedAt(int n) => Anchor - s_spread + TimeSpan.FromSeconds(Math.Floor(s_spread.TotalSeconds * n / Total));

    private List<string> Sorted(Func<int, bool> include) =>
        [.. Enumerable.Range(0, Total).Where(include).Select(n => _keys[n]).Order(StringComparer.Ordinal)];
}
