using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>Comparing two fields of one response name, and collecting the fields of selection sets.</summary>
internal sealed partial class ConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);

    public static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        // Fields of two different object types never apply to the same value: only their types must agree.
        bool mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        FieldNode node1 = field1.Node;
        FieldNode node2 = field2.Node;
        GraphQLType? type1 = field1.Definition?.Type;
        GraphQLType? type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            FieldInfo info1 = field1.Info;
            FieldInfo info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out string? reason))
            {
                string name1 = node1.Name.Value;
                string name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(info1, info2) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            FieldInfo info1 = field1.Info;
            FieldInfo info2 = field2.Info;
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            List<Conflict> conflicts = FindBetweenSubSelectionSets(
                mutuallyExclusive, field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        if (info1.ArgumentValues is null)
        {
            return info2.ArgumentValues is null;
        }

        if (info2.ArgumentValues is null || info1.Arguments.Count != info2.Arguments.Count)
        {
            return false;
        }

        for (int i = 0; i < info1.Arguments.Count; i++)
        {
            ArgumentNode argument = info1.Arguments[i];
            Spend(1);
            if (!info2.ArgumentValues.TryGetValue(argument.Name.Value, out ValueNode? value2)
                || KeyOf(argument.Value) != KeyOf(value2))
            {
                return false;
            }
        }

        return true;
    }

    private string KeyOf(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out string? key))
        {
            _valueKeys[value] = key = ValueKey.Of(value);
        }

        return key;
    }

    // Two types conflict when no value could have both: different lists or nullability, or different leaf types.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            _ => (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2),
        };
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        string message = string.Empty;
        foreach (Conflict conflict in conflicts)
        {
            message += (message.Length == 0 ? string.Empty : " and ")
                + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            Abbreviate(message),
            ConflictNodes(node1, conflicts, c => c.Fields1),
            ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    // The enclosing field first, then the innermost nodes of each sub-conflict, at most 20 in all.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (Conflict conflict in conflicts)
        {
            List<FieldNode> fields = side(conflict);
            int remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(fields.Count > remaining ? fields[^remaining..] : fields);
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue((selectionSet, parentType), out CollectedFields? fields))
        {
            fields = new CollectedFields();
            CollectInto(parentType, selectionSet, fields);
            _collected[(selectionSet, parentType)] = fields;
        }

        return fields;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields fields)
    {
        for (int i = 0; i < selectionSet.Selections.Count; i++)
        {
            SelectionNode selection = selectionSet.Selections[i];
            switch (selection)
            {
                case FieldNode field:
                    FieldDefinition? definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                    string responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.GroupedFields.TryGetValue(responseName, out List<FieldDetails>? list))
                    {
                        fields.GroupedFields[responseName] = list = [];
                    }

                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fields.AddFragmentName(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    NamedType? inlineType = inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, fields);
                    break;
            }
        }
    }
}
