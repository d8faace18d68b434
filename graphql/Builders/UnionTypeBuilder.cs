using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A union type being defined.</summary>
public sealed class UnionTypeBuilder : NamedTypeBuilder
{
    internal UnionTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "union";

    internal List<TypeReference> Members { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    public UnionTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types, by name or builder.</summary>
    public UnionTypeBuilder Types(params TypeReference[] members)
    {
        Members.AddRange(members);
        return this;
    }

    /// <summary>Names the object type of a value; without one, <see cref="DefaultTypeResolver"/> decides.</summary>
    public UnionTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
