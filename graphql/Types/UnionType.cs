namespace LiveSales.GraphQL.Types;

/// <summary>A union type: a value is one of several object types.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly Func<IEnumerable<ObjectType>> _types;
    private ObjectType[]? _typeList;

    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = types;
    }

    public UnionType(string name, IEnumerable<ObjectType> types)
        : this(name, () => types)
    {
    }

    /// <summary>The member types, in order.</summary>
    public IReadOnlyList<ObjectType> Types =>
        _typeList ?? Interlocked.CompareExchange(ref _typeList, [.. _types()], null) ?? _typeList;

    public TypeResolver? ResolveType { get; init; }
}
