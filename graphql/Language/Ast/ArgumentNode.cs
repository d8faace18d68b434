namespace LiveSales.GraphQL.Language;

/// <summary>An argument given to a field or directive: <c>name: value</c>.</summary>
public sealed class ArgumentNode(
    NameNode name,
    ValueNode value,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.Argument;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
