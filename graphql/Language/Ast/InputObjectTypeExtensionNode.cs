namespace LiveSales.GraphQL.Language;

/// <summary><c>extend input Name { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location? location = null) : TypeExtensionNode(location)
{
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    public override NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
}
