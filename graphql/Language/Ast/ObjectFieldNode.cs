namespace LiveSales.GraphQL.Language;

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode(
    NameNode name,
    ValueNode value,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.ObjectField;

    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;
}
