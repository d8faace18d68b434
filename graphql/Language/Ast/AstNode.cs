namespace LiveSales.GraphQL.Language;

/// <summary>
/// A node of the syntax tree. Nodes are immutable; nodes made by the parser carry the span they
/// were parsed from. <see cref="ToString"/> prints the node as GraphQL text.
/// </summary>
public abstract class AstNode(Location? location)
{
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node was parsed from; null for nodes built in code or parsed with NoLocation.</summary>
    public Location? Location { get; } = location;

    public override string ToString() => Printer.Print(this);
}
