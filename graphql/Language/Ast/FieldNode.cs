namespace LiveSales.GraphQL.Language;

/// <summary>A field selection, with optional alias, arguments, directives and sub-selections.</summary>
public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location? location = null) : SelectionNode(location)
{
    public override NodeKind Kind => NodeKind.Field;

    public NameNode? Alias { get; } = alias;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    public SelectionSetNode? SelectionSet { get; } = selectionSet;
}
