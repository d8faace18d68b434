namespace LiveSales.GraphQL.Language;

/// <summary><c>extend scalar Name @directive</c>.</summary>
public sealed class ScalarTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : TypeExtensionNode(location)
{
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
