namespace LiveSales.GraphQL.Language;

/// <summary>A fragment definition: <c>fragment Name on Type { }</c>.</summary>
public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    StringValueNode? description,
    Location? location = null) : ExecutableDefinitionNode(location)
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public override NameNode Name { get; } = name;

    public NamedTypeNode TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public override SelectionSetNode SelectionSet { get; } = selectionSet;

    public override StringValueNode? Description { get; } = description;
}
