namespace LiveSales.GraphQL.Language;

/// <summary>The literal <c>null</c>.</summary>
public sealed class NullValueNode(
    Location? location = null) : ValueNode(location)
{
    public override NodeKind Kind => NodeKind.NullValue;
}
