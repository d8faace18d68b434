namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// The pairs of fragments already compared, each with whether the comparison assumed mutually
/// exclusive parents: a non-exclusive comparison also answers an exclusive one, not the reverse.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<string, Dictionary<string, bool>> _pairs = new(StringComparer.Ordinal);

    public bool Contains(string a, string b, bool mutuallyExclusive) =>
        Contains1(a, b, mutuallyExclusive) || Contains1(b, a, mutuallyExclusive);

    public void Add(string a, string b, bool mutuallyExclusive)
    {
        if (!_pairs.TryGetValue(a, out Dictionary<string, bool>? map))
        {
            _pairs[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        map[b] = mutuallyExclusive;
    }

    private bool Contains1(string a, string b, bool mutuallyExclusive) =>
        _pairs.TryGetValue(a, out Dictionary<string, bool>? map)
        && map.TryGetValue(b, out bool stored)
        && (mutuallyExclusive || !stored);
}
