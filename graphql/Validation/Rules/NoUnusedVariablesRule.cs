using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every variable an operation defines is used by it or its fragments (spec: All Variables Used).</summary>
public sealed class NoUnusedVariablesRule(ValidationContext validation) : AstVisitor
{
    private readonly List<VariableDefinitionNode> _definitions = [];

    public static ValidationRule Rule { get; } = new(nameof(NoUnusedVariablesRule), c => new NoUnusedVariablesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        _definitions.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context)
    {
        _definitions.Add(node);
        return VisitAction.Continue;
    }

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        var used = new HashSet<string>(validation.GetRecursiveVariableUsages(node).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in _definitions)
        {
            string name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                validation.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }

        return VisitAction.Continue;
    }
}
