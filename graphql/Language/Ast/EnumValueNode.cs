namespace LiveSales.GraphQL.Language;

/// <summary>An enum literal: a name other than true, false and null.</summary>
public sealed class EnumValueNode(
    string value,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.EnumValue;

    public string Value { get; } = value;
}
