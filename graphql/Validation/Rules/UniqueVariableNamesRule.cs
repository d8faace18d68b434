using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>An operation defines each variable once (spec: Variable Uniqueness).</summary>
public sealed class UniqueVariableNamesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(UniqueVariableNamesRule), c => new UniqueVariableNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        foreach (IGrouping<string, VariableDefinitionNode> group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                validation.ReportError($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
            }
        }

        return VisitAction.Continue;
    }
}
