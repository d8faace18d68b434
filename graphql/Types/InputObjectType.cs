namespace LiveSales.GraphQL.Types;

/// <summary>
/// An input object type. Coerced values are <c>IReadOnlyDictionary&lt;string, object?&gt;</c> keyed by
/// field name; <see cref="IResolverContext.Argument{T}"/> maps them onto a .NET type when asked.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly Func<IEnumerable<InputValueDefinition>> _fields;
    private OrderedMap<InputValueDefinition>? _fieldMap;

    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = fields;
    }

    public InputObjectType(string name, IEnumerable<InputValueDefinition> fields)
        : this(name, () => fields)
    {
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Fields => FieldMap;

    /// <summary>A <c>@oneOf</c> input object: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; init; }

    /// <summary>The .NET type the values map to, when there is one.</summary>
    public Type? ClrType { get; init; }

    internal OrderedMap<InputValueDefinition> FieldMap =>
        _fieldMap ?? Interlocked.CompareExchange(ref _fieldMap, new OrderedMap<InputValueDefinition>(_fields(), f => f.Name), null) ?? _fieldMap;

    public InputValueDefinition? GetField(string name) => FieldMap.TryGetValue(name, out InputValueDefinition? field) ? field : null;
}
