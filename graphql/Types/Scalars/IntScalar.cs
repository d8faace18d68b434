using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>The built-in Int: 32-bit signed integers.</summary>
internal sealed class IntScalar : ScalarType
{
    public IntScalar()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
        ClrType = typeof(int);
    }

    public override object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (plain is int i)
        {
            return i;
        }

        if (!NumberValues.TryCoerceToNumber(plain, out double number) || !JsNumber.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Format(plain)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Format(plain)}");
        }

        return (int)number;
    }

    public override object? ParseValue(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (plain is int i)
        {
            return i;
        }

        if (!NumberValues.TryGetNumber(plain, out double number) || !JsNumber.IsInteger(number))
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Format(plain)}");
        }

        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {JsNumber.Format(number)}");
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is not IntValueNode intValue)
        {
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(valueNode)}", valueNode);
        }

        if (!int.TryParse(intValue.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int result))
        {
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {intValue.Value}", valueNode);
        }

        return result;
    }
}
