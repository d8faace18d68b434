namespace LiveSales.GraphQL.Language;

/// <summary>A directive applied somewhere: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode(
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.Directive;

    public NameNode Name { get; } = name;

    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}
