using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>The built-in Float: IEEE 754 doubles, finite ones only as values.</summary>
internal sealed class FloatScalar : ScalarType
{
    public FloatScalar()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
        ClrType = typeof(double);
    }

    public override object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (!NumberValues.TryCoerceToNumber(plain, out double number) || !double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Format(plain)}");
        }

        return number;
    }

    public override object? ParseValue(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (!NumberValues.TryGetNumber(plain, out double number) || !double.IsFinite(number))
        {
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Format(plain)}");
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(valueNode)}", valueNode),
    };
}
