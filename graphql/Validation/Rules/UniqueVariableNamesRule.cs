using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>An operation defines each variable once (spec: Variable Uniqueness).</summary>
public sealed class UniqueVariableNamesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(UniqueVariableNamesRule), c => new UniqueVariableNamesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (AllDistinct(node.VariableDefinitions))
        {
            return VisitAction.Continue;
        }

        foreach (IGrouping<string, VariableDefinitionNode> group in node.VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                validation.ReportError($"There can be only one variable named \"${group.Key}\".", [.. group.Select(v => v.Variable.Name)]);
            }
        }

        return VisitAction.Continue;
    }

    private static bool AllDistinct(IReadOnlyList<VariableDefinitionNode> definitions)
    {
        for (int i = 1; i < definitions.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (definitions[i].Variable.Name.Value == definitions[j].Variable.Name.Value)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
