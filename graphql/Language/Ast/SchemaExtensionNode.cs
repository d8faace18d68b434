namespace LiveSales.GraphQL.Language;

/// <summary><c>extend schema @directive { mutation: Mutation }</c>.</summary>
public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location? location = null) : TypeSystemExtensionNode(location), IHasDirectives
{
    public override NodeKind Kind => NodeKind.SchemaExtension;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
}
