namespace LiveSales.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode(Location? location) : AstNode(location), IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}
