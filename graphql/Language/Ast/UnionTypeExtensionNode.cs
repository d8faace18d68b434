namespace LiveSales.GraphQL.Language;

/// <summary><c>extend union Name = C</c>.</summary>
public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location? location = null) : TypeExtensionNode(location)
{
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
}
