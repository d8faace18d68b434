using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// Finds fields that answer to one response name but cannot be merged (graphql-js's algorithm):
/// within a selection set, between its fields and the fragments it spreads, and between those
/// fragments, recursing into sub-selections. Collections, fragment pairs, argument texts and field
/// comparisons are memoised for the whole document, and a budget of comparisons bounds the work a
/// hostile document can cause: when it runs out validation stops with "Validation aborted.".
/// </summary>
internal sealed partial class ConflictFinder(ValidationContext context)
{
    private const int MaxComplexityBudget = 500_000;

    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly Dictionary<(SelectionSetNode, NamedType?), CollectedFields> _collected = new(SelectionAndTypeComparer.Instance);
    private readonly HashSet<string> _responseNames = new(StringComparer.Ordinal);
    private int _remainingBudget = MaxComplexityBudget;

    public List<Conflict> FindWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        if (HasOnlyDistinctFields(selectionSet))
        {
            return conflicts;
        }

        CollectedFields fields = Collect(parentType, selectionSet);
        CollectWithin(conflicts, fields);
        List<string> names = fields.FragmentNames;
        if (names.Count != 0 && (fields.GroupedFields.Count != 0 || names.Count > 1))
        {
            for (int i = 0; i < names.Count; i++)
            {
                CollectBetweenFieldsAndFragment(conflicts, false, fields, names[i]);
                for (int j = i + 1; j < names.Count; j++)
                {
                    CollectBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    // Without fragment spreads and repeated response names nothing can conflict (nor spend budget):
    // most selection sets are answered without collecting their fields.
    private bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        _responseNames.Clear();
        return AddDistinct(selectionSet);
    }

    private bool AddDistinct(SelectionSetNode selectionSet)
    {
        for (int i = 0; i < selectionSet.Selections.Count; i++)
        {
            SelectionNode selection = selectionSet.Selections[i];
            bool distinct = selection switch
            {
                FieldNode field => _responseNames.Add(field.Alias?.Value ?? field.Name.Value),
                InlineFragmentNode inline => AddDistinct(inline.SelectionSet),
                _ => false,
            };
            if (!distinct)
            {
                return false;
            }
        }

        return true;
    }

    private void CollectBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields, string fragmentName)
    {
        Spend(1);
        if (fields.GroupedFields.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison covers an exclusive one; an exclusive one is redone non-exclusively.
        fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (fields.ComparedFragments.TryGetValue(fragmentName, out bool compared) && (!compared || mutuallyExclusive))
        {
            return;
        }

        fields.ComparedFragments[fragmentName] = mutuallyExclusive;
        StackGuard.Ensure();
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        CollectedFields fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        CollectBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (string referenced in fragmentFields.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, referenced);
        }
    }

    private void CollectBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2 || _comparedFragmentPairs.Contains(name1, name2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(name1, name2, mutuallyExclusive);
        StackGuard.Ensure();
        if (context.GetFragment(name1) is not { } fragment1 || context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        CollectedFields fields1 = CollectFragment(fragment1);
        CollectedFields fields2 = CollectFragment(fragment2);
        CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (string referenced2 in fields2.FragmentNames)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, name1, referenced2);
        }

        foreach (string referenced1 in fields1.FragmentNames)
        {
            CollectBetweenFragments(conflicts, mutuallyExclusive, referenced1, name2);
        }
    }

    private List<Conflict> FindBetweenSubSelectionSets(
        bool mutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        CollectedFields fields1 = Collect(parentType1, selectionSet1);
        CollectedFields fields2 = Collect(parentType2, selectionSet2);
        CollectBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (string name2 in fields2.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name2);
        }

        foreach (string name1 in fields1.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name1);
        }

        foreach (string name1 in fields1.FragmentNames)
        {
            foreach (string name2 in fields2.FragmentNames)
            {
                CollectBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectWithin(List<Conflict> conflicts, CollectedFields fields)
    {
        foreach ((string responseName, List<FieldDetails> list) in fields.GroupedFields)
        {
            for (int i = 0; i < list.Count; i++)
            {
                for (int j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(false, responseName, list[i], list[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
    {
        if (fields1.GroupedFields.Count == 0 || fields2.GroupedFields.Count == 0)
        {
            return;
        }

        foreach (Overlap overlap in OverlapsOf(fields1, fields2))
        {
            foreach (FieldDetails field1 in overlap.Fields1)
            {
                foreach (FieldDetails field2 in overlap.Fields2)
                {
                    if (FindConflict(mutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<Overlap> OverlapsOf(CollectedFields fields1, CollectedFields fields2)
    {
        fields1.Overlaps ??= new Dictionary<CollectedFields, List<Overlap>>(ReferenceEqualityComparer.Instance);
        if (fields1.Overlaps.TryGetValue(fields2, out List<Overlap>? cached))
        {
            return cached;
        }

        var overlaps = new List<Overlap>();
        foreach ((string responseName, List<FieldDetails> list1) in fields1.GroupedFields)
        {
            Spend(1);
            if (fields2.GroupedFields.TryGetValue(responseName, out List<FieldDetails>? list2))
            {
                overlaps.Add(new Overlap(responseName, list1, list2));
            }
        }

        fields1.Overlaps[fields2] = overlaps;
        return overlaps;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }
}
