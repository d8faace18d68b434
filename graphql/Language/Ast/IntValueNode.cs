namespace LiveSales.GraphQL.Language;

/// <summary>An integer literal, kept as its source text.</summary>
public sealed class IntValueNode(
    string value,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.IntValue;

    public string Value { get; } = value;
}
