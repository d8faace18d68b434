namespace LiveSales.GraphQL.Language;

/// <summary>A string literal (decoded); <see cref="Block"/> tells whether it was a block string.</summary>
public sealed class StringValueNode(
    string value,
    bool block,
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.StringValue;

    public string Value { get; } = value;

    public bool Block { get; } = block;
}
