namespace LiveSales.GraphQL.Language;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode(
    TypeNode type,
    Location? location = null) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.ListType;

    public TypeNode Type { get; } = type;
}
