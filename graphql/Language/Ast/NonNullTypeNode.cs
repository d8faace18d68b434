namespace LiveSales.GraphQL.Language;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
public sealed class NonNullTypeNode(
    TypeNode type,
    Location? location = null) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.NonNullType;

    public TypeNode Type { get; } = type;
}
