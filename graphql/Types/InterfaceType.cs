namespace LiveSales.GraphQL.Types;

/// <summary>An interface type: fields that every implementing object (or interface) type has.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public InterfaceType(string name, IEnumerable<FieldDefinition> fields, IEnumerable<InterfaceType>? interfaces = null)
        : base(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public TypeResolver? ResolveType { get; init; }
}
