using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// Walks a document for the rules: keeps the TypeInfo in step (graphql-js's visitWithTypeInfo) and
/// skips descriptions, which must not affect validation.
/// </summary>
internal sealed class ValidationWalker(TypeInfo typeInfo, AstVisitor rules) : AstVisitor
{
    public override VisitAction Enter(AstNode node, VisitContext context)
    {
        if (node.Kind == NodeKind.StringValue && IsDescription(node, context.Parent))
        {
            return VisitAction.Skip;
        }

        typeInfo.Enter(node);
        VisitAction action = rules.Enter(node, context);
        if (action != VisitAction.Continue)
        {
            typeInfo.Leave(node);
        }

        return action;
    }

    public override VisitAction Leave(AstNode node, VisitContext context)
    {
        VisitAction action = rules.Leave(node, context);
        typeInfo.Leave(node);
        return action;
    }

    // A string is a value under arguments, object fields, lists and defaults; elsewhere it describes its parent.
    private static bool IsDescription(AstNode node, AstNode? parent) => parent switch
    {
        null or ArgumentNode or ObjectFieldNode or ListValueNode => false,
        VariableDefinitionNode variable => ReferenceEquals(variable.Description, node),
        InputValueDefinitionNode inputValue => ReferenceEquals(inputValue.Description, node),
        _ => true,
    };
}
