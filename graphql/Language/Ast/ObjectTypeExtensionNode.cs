namespace LiveSales.GraphQL.Language;

/// <summary><c>extend type Name implements I { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : TypeExtensionNode(location)
{
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    public override NameNode Name { get; } = name;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
}
