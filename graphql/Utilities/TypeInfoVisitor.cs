using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Keeps a <see cref="TypeInfo"/> in step with a walk and calls an inner visitor in between
/// (graphql-js's <c>visitWithTypeInfo</c>): on enter the TypeInfo sees the node first, on leave last.
/// </summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, AstVisitor visitor) : AstVisitor
{
    public TypeInfo TypeInfo { get; } = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));

    public override VisitAction Enter(AstNode node, VisitContext context)
    {
        TypeInfo.Enter(node);
        VisitAction action = visitor.Enter(node, context);
        if (action != VisitAction.Continue)
        {
            // The walker will not call leave for a skipped node, so undo the enter now.
            TypeInfo.Leave(node);
        }

        return action;
    }

    public override VisitAction Leave(AstNode node, VisitContext context)
    {
        VisitAction action = visitor.Leave(node, context);
        TypeInfo.Leave(node);
        return action;
    }
}
