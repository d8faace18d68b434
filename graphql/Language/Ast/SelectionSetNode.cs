namespace LiveSales.GraphQL.Language;

/// <summary>The selections between braces.</summary>
public sealed class SelectionSetNode(
    IReadOnlyList<SelectionNode> selections,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
}
