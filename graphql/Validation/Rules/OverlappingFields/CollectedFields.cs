namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// A selection set's fields by response name (inline fragments flattened) and the fragments it
/// spreads, with the memos of comparisons made against it.
/// </summary>
internal sealed class CollectedFields
{
    public OrderedDictionary<string, List<FieldDetails>> GroupedFields { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    /// <summary>Per fragment compared with these fields: whether that comparison assumed mutually exclusive parents.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>Per other collection: the response names both have.</summary>
    public Dictionary<CollectedFields, List<Overlap>>? Overlaps { get; set; }
}
