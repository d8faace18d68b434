using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types.Scalars;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// A scalar type. The five built-in scalars are <see cref="Int"/>, <see cref="Float"/>,
/// <see cref="String"/>, <see cref="Boolean"/> and <see cref="ID"/>. A custom scalar gives its
/// conversions as functions (or derives and overrides them); missing ones pass values through
/// unchanged, and literals are read as plain values and given to <see cref="ParseValue"/>.
/// </summary>
public class ScalarType : NamedType, ILeafType
{
    private readonly Func<object?, object?>? _serialize;
    private readonly Func<object?, object?>? _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? _parseLiteral;

    public ScalarType(
        string name,
        Func<object?, object?>? serialize = null,
        Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null)
        : base(name)
    {
        _serialize = serialize;
        _parseValue = parseValue;
        _parseLiteral = parseLiteral;
    }

    /// <summary>32-bit signed integers.</summary>
    public static ScalarType Int { get; } = new IntScalar();

    /// <summary>Double-precision floating point numbers.</summary>
    public static ScalarType Float { get; } = new FloatScalar();

    /// <summary>UTF-8 text.</summary>
    public static ScalarType String { get; } = new StringScalar();

    /// <summary>true or false.</summary>
    public static ScalarType Boolean { get; } = new BooleanScalar();

    /// <summary>Unique identifiers, written as strings; integers are accepted as input.</summary>
    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>The scalars every schema has, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>A URL to the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>The .NET type of the internal values, used by the code-first builder to infer field types.</summary>
    public Type? ClrType { get; init; }

    public bool IsSpecified => Specified.Contains(this);

    public virtual object? Serialize(object? value) => _serialize is null ? value : _serialize(value);

    public virtual object? ParseValue(object? value) => _parseValue is null ? value : _parseValue(value);

    public virtual object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        _parseLiteral is not null ? _parseLiteral(valueNode, variables) : ParseValue(ValueFromAstUntyped.Convert(valueNode, variables));
}
