using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Each fragment has a name of its own (spec: Fragment Name Uniqueness).</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext validation) : AstVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueFragmentNamesRule), c => new UniqueFragmentNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context) => VisitAction.Skip;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (_known.TryGetValue(name, out NameNode? first))
        {
            validation.ReportError($"There can be only one fragment named \"{name}\".", first, node.Name);
        }
        else
        {
            _known[name] = node.Name;
        }

        return VisitAction.Skip;
    }
}
