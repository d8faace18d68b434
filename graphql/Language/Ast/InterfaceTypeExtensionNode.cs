namespace LiveSales.GraphQL.Language;

/// <summary><c>extend interface Name { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : TypeExtensionNode(location)
{
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    public override NameNode Name { get; } = name;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
