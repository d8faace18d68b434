using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>An object type being defined.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "object";

    internal IsTypeOf? IsTypeOfFunc { get; private set; }

    internal Type? ClrType { get; set; }

    public ObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares implemented interfaces, by name (<c>"Node"</c>) or builder.</summary>
    public ObjectTypeBuilder Implements(params TypeReference[] interfaces)
    {
        Interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Tells whether a value is of this type, for interfaces and unions without a type resolver.</summary>
    public ObjectTypeBuilder IsTypeOf(IsTypeOf isTypeOf)
    {
        IsTypeOfFunc = isTypeOf;
        return this;
    }

    public ObjectTypeBuilder Extension(string key, object? value)
    {
        ExtensionData[key] = value;
        return this;
    }
}
