using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>The built-in ID: written as a string; strings and integers are accepted as input.</summary>
internal sealed class IdScalar : ScalarType
{
    public IdScalar()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
        ClrType = typeof(string);
    }

    public override object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        return plain switch
        {
            string text => text,
            Guid guid => guid.ToString(),
            int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToString(plain, CultureInfo.InvariantCulture),
            _ when NumberValues.TryGetNumber(plain, out double number) && JsNumber.IsInteger(number) => JsNumber.Format(number),
            _ => throw new GraphQLError($"ID cannot represent value: {Inspect.Format(value)}"),
        };
    }

    public override object? ParseValue(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        return plain switch
        {
            string text => text,
            int or long => Convert.ToString(plain, CultureInfo.InvariantCulture),
            _ when NumberValues.TryGetNumber(plain, out double number) && JsNumber.IsInteger(number) => JsNumber.Format(number),
            _ => throw new GraphQLError($"ID cannot represent value: {Inspect.Format(plain)}"),
        };
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(valueNode)}", valueNode),
    };
}
