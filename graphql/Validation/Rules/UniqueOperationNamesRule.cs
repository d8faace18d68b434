using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Each named operation has a name of its own (spec: Operation Name Uniqueness).</summary>
public sealed class UniqueOperationNamesRule(ValidationContext validation) : AstVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueOperationNamesRule), c => new UniqueOperationNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (node.Name is { } name)
        {
            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                validation.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Skip;
}
