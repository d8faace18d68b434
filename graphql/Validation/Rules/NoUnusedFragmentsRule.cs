using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every fragment is reached from some operation (spec: Fragments Must Be Used).</summary>
public sealed class NoUnusedFragmentsRule(ValidationContext validation) : AstVisitor
{
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public static ValidationRule Rule { get; } = new(nameof(NoUnusedFragmentsRule), c => new NoUnusedFragmentsRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        _operations.Add(node);
        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context)
    {
        _fragments.Add(node);
        return VisitAction.Skip;
    }

    public override VisitAction LeaveDocument(DocumentNode node, VisitContext context)
    {
        var used = new HashSet<string>(
            validation.GetRecursivelyReferencedFragments(_operations).Select(f => f.Name.Value),
            StringComparer.Ordinal);
        foreach (FragmentDefinitionNode fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                validation.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }

        return VisitAction.Continue;
    }
}
