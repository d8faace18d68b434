using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>
/// An operation nests fields at most <see cref="ValidationOptions.MaxDepth"/> deep, through its
/// fragments too (a root field is depth 1). Introspection fields are not counted:
/// MaxIntrospectionDepthRule bounds those. The error points at the deepest field.
/// </summary>
public sealed class MaxDepthRule(ValidationContext validation) : AstVisitor
{
    private readonly Dictionary<string, (int Depth, FieldNode? Deepest)> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(MaxDepthRule), c => new MaxDepthRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (validation.Options.MaxDepth is int maxDepth)
        {
            (int depth, FieldNode? deepest) = Measure(node.SelectionSet);
            if (depth > maxDepth)
            {
                validation.ReportError($"{OperationNames.Describe(node)} is nested {depth} levels deep; the maximum depth is {maxDepth}.", deepest);
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Skip;

    private (int Depth, FieldNode? Deepest) Measure(SelectionSetNode selectionSet)
    {
        (int Depth, FieldNode? Deepest) deepest = (0, null);
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            (int Depth, FieldNode? Deepest) candidate = selection switch
            {
                FieldNode field when field.Name.Value.StartsWith("__", StringComparison.Ordinal) => (0, null),
                FieldNode { SelectionSet: { } fieldSet } field => Deeper(Measure(fieldSet), field),
                FieldNode field => (1, field),
                InlineFragmentNode inline => Measure(inline.SelectionSet),
                FragmentSpreadNode spread => MeasureFragment(spread.Name.Value),
                _ => (0, null),
            };
            if (candidate.Depth > deepest.Depth)
            {
                deepest = candidate;
            }
        }

        return deepest;
    }

    private static (int Depth, FieldNode? Deepest) Deeper((int Depth, FieldNode? Deepest) inner, FieldNode field) =>
        (inner.Depth + 1, inner.Deepest ?? field);

    // Each fragment is measured once; a spread that closes a cycle adds nothing (NoFragmentCyclesRule reports it).
    private (int Depth, FieldNode? Deepest) MeasureFragment(string name)
    {
        if (_fragmentDepths.TryGetValue(name, out (int, FieldNode?) known))
        {
            return known;
        }

        if (validation.GetFragment(name) is not { } fragment || !_measuring.Add(name))
        {
            return (0, null);
        }

        StackGuard.Ensure();
        (int, FieldNode?) measured = Measure(fragment.SelectionSet);
        _measuring.Remove(name);
        _fragmentDepths[name] = measured;
        return measured;
    }
}
