using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>A document to execute holds only operations and fragments (spec: Executable Definitions).</summary>
public sealed class ExecutableDefinitionsRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ExecutableDefinitionsRule), c => new ExecutableDefinitionsRule(c));

    public override VisitAction EnterDocument(DocumentNode node, VisitContext context)
    {
        foreach (DefinitionNode definition in node.Definitions)
        {
            if (definition is not ExecutableDefinitionNode)
            {
                string name = definition switch
                {
                    TypeDefinitionNode type => $"\"{type.Name.Value}\"",
                    TypeExtensionNode extension => $"\"{extension.Name.Value}\"",
                    DirectiveDefinitionNode directive => $"\"{directive.Name.Value}\"",
                    _ => "schema",
                };
                validation.ReportError($"The {name} definition is not executable.", definition);
            }
        }

        return VisitAction.Skip;
    }
}
