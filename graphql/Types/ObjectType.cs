namespace LiveSales.GraphQL.Types;

/// <summary>An object type: the types that fields resolve to and that selections are made on.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public ObjectType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : base(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    /// <summary>Tells whether a value is of this type, for abstract types without a resolver.</summary>
    public IsTypeOf? IsTypeOf { get; init; }

    /// <summary>The .NET type whose instances are values of this type, when it maps one (also used to resolve abstract types).</summary>
    public Type? ClrType { get; init; }
}
