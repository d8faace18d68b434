namespace LiveSales.GraphQL.Language;

/// <summary>A name: of a field, type, argument, directive, variable or fragment.</summary>
public sealed class NameNode(
    string value,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.Name;

    public string Value { get; } = value;
}
