using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>An interface type being defined.</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "interface";

    internal TypeResolver? TypeResolver { get; private set; }

    public InterfaceTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares interfaces this interface implements.</summary>
    public InterfaceTypeBuilder Implements(params TypeReference[] interfaces)
    {
        Interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Names the object type of a value; without one, <see cref="DefaultTypeResolver"/> decides.</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
