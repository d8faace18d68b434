namespace LiveSales.GraphQL.Language;

/// <summary><c>interface Name implements I { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : TypeDefinitionNode(location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    public override StringValueNode? Description { get; } = description;

    public override NameNode Name { get; } = name;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
