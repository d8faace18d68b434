namespace LiveSales.GraphQL.Language;

/// <summary>An input object literal: <c>{a: 1}</c>.</summary>
public sealed class ObjectValueNode(
    IReadOnlyList<ObjectFieldNode> fields,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
