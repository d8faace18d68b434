namespace LiveSales.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
public sealed class NamedTypeNode(
    NameNode name,
    Location? location = null) : TypeNode(location)
{
    public override NodeKind Kind => NodeKind.NamedType;

    public NameNode Name { get; } = name;
}
