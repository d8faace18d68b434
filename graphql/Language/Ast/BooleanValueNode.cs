namespace LiveSales.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode(
    bool value,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.BooleanValue;

    public bool Value { get; } = value;
}
