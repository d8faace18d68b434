namespace LiveSales.GraphQL.Types;

/// <summary>
/// An object or interface type: named fields, and the interfaces it implements. Both are given as
/// functions so types can refer to each other; they are read once, on first use.
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly Func<IEnumerable<FieldDefinition>> _fields;
    private readonly Func<IEnumerable<InterfaceType>> _interfaces;
    private OrderedMap<FieldDefinition>? _fieldMap;
    private InterfaceType[]? _interfaceList;

    private protected ComplexType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = fields;
        _interfaces = interfaces ?? (() => []);
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => FieldMap;

    /// <summary>The interfaces this type declares it implements, in order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces =>
        _interfaceList ?? Interlocked.CompareExchange(ref _interfaceList, [.. _interfaces()], null) ?? _interfaceList;

    internal OrderedMap<FieldDefinition> FieldMap =>
        _fieldMap ?? Interlocked.CompareExchange(ref _fieldMap, new OrderedMap<FieldDefinition>(_fields(), f => f.Name), null) ?? _fieldMap;

    public FieldDefinition? GetField(string name) => FieldMap.TryGetValue(name, out FieldDefinition? field) ? field : null;
}
