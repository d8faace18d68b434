namespace LiveSales.GraphQL.Language;

/// <summary>An inline fragment: <c>... on Type { }</c> or <c>... @include(if: $x) { }</c>.</summary>
public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : SelectionNode(location)
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; } = typeCondition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode SelectionSet { get; } = selectionSet;
}
