using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Variables have scalar, enum or input object types (spec: Variables Are Input Types).</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(VariablesAreInputTypesRule), c => new VariablesAreInputTypesRule(c));

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, VisitContext context)
    {
        if (TypeFromAst.Convert(validation.Schema, node.Type) is { } type && !type.IsInputType())
        {
            validation.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type);
        }

        return VisitAction.Continue;
    }
}
