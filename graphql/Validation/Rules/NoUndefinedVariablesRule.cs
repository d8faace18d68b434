using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every variable used by an operation, through its fragments too, is defined by it (spec: All Variable Uses Defined).</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext validation) : AstVisitor
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(NoUndefinedVariablesRule), c => new NoUndefinedVariablesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        _defined.Clear();
        return VisitAction.Continue;
    }

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context)
    {
        _defined.Add(node.Variable.Name.Value);
        return VisitAction.Continue;
    }

    public override VisitAction LeaveOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        foreach (VariableUsage usage in validation.GetRecursiveVariableUsages(node))
        {
            string name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                validation.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    node);
            }
        }

        return VisitAction.Continue;
    }
}
