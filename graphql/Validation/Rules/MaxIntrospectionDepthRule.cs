using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// An introspection query nests the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>
/// and <c>inputFields</c> less than three deep, so it cannot explode (graphql-js's recommended rule).
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext validation) : AstVisitor
{
    private const int MaxListsDepth = 3;

    // Per fragment, the smallest entry depth at which a check finished without and with reaching the limit.
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(MaxIntrospectionDepthRule), c => new MaxIntrospectionDepthRule(c));

    public override VisitAction EnterField(FieldNode node, VisitContext context)
    {
        if (node.Name.Value is "__schema" or "__type"
            && Exceeds(node, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            validation.ReportError("Maximum introspection depth exceeded", node);
            return VisitAction.Skip;
        }

        return VisitAction.Continue;
    }

    private bool Exceeds(AstNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is FragmentSpreadNode spread)
        {
            return SpreadExceeds(spread.Name.Value, visited, depth);
        }

        SelectionSetNode? selectionSet = null;
        if (node is FieldNode field)
        {
            if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
            {
                return true;
            }

            selectionSet = field.SelectionSet;
        }
        else if (node is InlineFragmentNode inline)
        {
            selectionSet = inline.SelectionSet;
        }
        else if (node is FragmentDefinitionNode fragment)
        {
            selectionSet = fragment.SelectionSet;
        }

        if (selectionSet is not null)
        {
            foreach (SelectionNode child in selectionSet.Selections)
            {
                if (Exceeds(child, visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool SpreadExceeds(string name, Dictionary<string, int> visited, int depth)
    {
        if (_exceeded.TryGetValue(name, out int exceededAt) && exceededAt <= depth)
        {
            return true;
        }

        // At equal or shallower entry depths a revisit can find nothing new, which also breaks cycles.
        if ((visited.TryGetValue(name, out int visitedAt) && visitedAt >= depth)
            || (_checked.TryGetValue(name, out int checkedAt) && checkedAt >= depth))
        {
            return false;
        }

        if (validation.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        StackGuard.Ensure();
        if (Exceeds(fragment, visited, depth))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }
}
