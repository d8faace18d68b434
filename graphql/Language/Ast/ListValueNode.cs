namespace LiveSales.GraphQL.Language;

/// <summary>A list literal: <c>[1, 2]</c>.</summary>
public sealed class ListValueNode(
    IReadOnlyList<ValueNode> values,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get; } = values;
}
