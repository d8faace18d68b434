namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// A selection set's fields by response name (inline fragments flattened) and the fragments it
/// spreads, with the memos of comparisons made against it.
/// </summary>
internal sealed class CollectedFields
{
    public OrderedDictionary<string, List<FieldDetails>> GroupedFields { get; } = new(StringComparer.Ordinal);

    private static readonly List<string> s_noFragments = [];
    private List<string>? _fragmentNames;

    /// <summary>The fragments spread, each once, in order of first spread.</summary>
    public List<string> FragmentNames => _fragmentNames ?? s_noFragments;

    /// <summary>Per fragment compared with these fields: whether that comparison assumed mutually exclusive parents.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    public void AddFragmentName(string name)
    {
        _fragmentNames ??= [];
        if (!_fragmentNames.Contains(name))
        {
            _fragmentNames.Add(name);
        }
    }

    /// <summary>Per other collection: the response names both have.</summary>
    public Dictionary<CollectedFields, List<Overlap>>? Overlaps { get; set; }
}
