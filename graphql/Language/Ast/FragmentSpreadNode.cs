namespace LiveSales.GraphQL.Language;

/// <summary>A named fragment spread: <c>...Name</c>.</summary>
public sealed class FragmentSpreadNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SelectionNode(location)
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public NameNode Name { get; } = name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
