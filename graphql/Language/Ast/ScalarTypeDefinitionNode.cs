namespace LiveSales.GraphQL.Language;

/// <summary><c>scalar DateTime</c>.</summary>
public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;

    public override StringValueNode? Description { get; } = description;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
