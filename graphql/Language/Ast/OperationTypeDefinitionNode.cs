namespace LiveSales.GraphQL.Language;

/// <summary>One root operation type of a schema definition: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode(
    OperationType operation,
    NamedTypeNode type,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    public OperationType Operation { get; } = operation;

    public NamedTypeNode Type { get; } = type;
}
