using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>An anonymous operation must be the document's only operation (spec: Lone Anonymous Operation).</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext validation) : AstVisitor
{
    private int _operationCount;

    public static ValidationRule Rule { get; } = new(nameof(LoneAnonymousOperationRule), c => new LoneAnonymousOperationRule(c));

    public override VisitAction EnterDocument(DocumentNode node, VisitContext context)
    {
        _operationCount = node.Definitions.Count(d => d is OperationDefinitionNode);
        return VisitAction.Continue;
    }

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (node.Name is null && _operationCount > 1)
        {
            validation.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return VisitAction.Continue;
    }
}
