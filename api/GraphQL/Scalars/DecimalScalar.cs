using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.Api.GraphQL.Scalars;

/// <summary><c>Decimal</c>: an exact decimal number (money), written as a JSON number.</summary>
public sealed class DecimalScalar : ScalarType
{
    public DecimalScalar()
        : base("Decimal")
    {
        Description = "An exact decimal number such as an amount of money, written as a JSON number (e.g. 12500.50).";
        ClrType = typeof(decimal);
    }

    public override object? Serialize(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        decimal d => d,
        int or long or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        var other => throw new GraphQLError($"Decimal cannot represent value: {Inspect.Format(other)}"),
    };

    public override object? ParseValue(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        decimal d => d,
        int i => (decimal)i,
        long l => (decimal)l,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e28 => (decimal)d,
        var other => throw new GraphQLError($"Decimal cannot represent {Inspect.Format(other)}: expected a number."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        // Read from the literal's text, so 0.1 stays exactly 0.1.
        IntValueNode number when decimal.TryParse(number.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) => d,
        FloatValueNode number when decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw new GraphQLError($"Decimal cannot represent {Printer.Print(valueNode)}: expected a number.", valueNode),
    };
}
