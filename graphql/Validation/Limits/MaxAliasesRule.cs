using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>
/// An operation uses at most <see cref="ValidationOptions.MaxAliases"/> aliases, counting a
/// fragment's aliases once per spread, since each spread answers them again.
/// </summary>
public sealed class MaxAliasesRule(ValidationContext validation) : AstVisitor
{
    private readonly Dictionary<string, long> _fragmentAliases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counting = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(MaxAliasesRule), c => new MaxAliasesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (validation.Options.MaxAliases is int maxAliases)
        {
            long aliases = Count(node.SelectionSet);
            if (aliases > maxAliases)
            {
                validation.ReportError($"{OperationNames.Describe(node)} uses {aliases} aliases; the maximum is {maxAliases}.", node);
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Skip;

    private long Count(SelectionSetNode selectionSet)
    {
        long count = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            count = Saturate(count + selection switch
            {
                FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is { } fieldSet ? Count(fieldSet) : 0),
                InlineFragmentNode inline => Count(inline.SelectionSet),
                FragmentSpreadNode spread => CountFragment(spread.Name.Value),
                _ => 0,
            });
        }

        return count;
    }

    private long CountFragment(string name)
    {
        if (_fragmentAliases.TryGetValue(name, out long known))
        {
            return known;
        }

        if (validation.GetFragment(name) is not { } fragment || !_counting.Add(name))
        {
            return 0;
        }

        StackGuard.Ensure();
        long counted = Count(fragment.SelectionSet);
        _counting.Remove(name);
        _fragmentAliases[name] = counted;
        return counted;
    }

    // Fragments spread many times can multiply counts past any bound; keep them finite.
    private static long Saturate(long value) => Math.Min(value, int.MaxValue * 2L);
}
