using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>The built-in String. Results may also be booleans, finite numbers, characters and GUIDs.</summary>
internal sealed class StringScalar : ScalarType
{
    public StringScalar()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
        ClrType = typeof(string);
    }

    public override object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        switch (plain)
        {
            case string text:
                return text;
            case bool flag:
                return flag ? "true" : "false";
            case char c:
                return c.ToString();
            case Guid guid:
                return guid.ToString();
        }

        if (NumberValues.TryGetNumber(plain, out double number) && double.IsFinite(number))
        {
            return plain is long or ulong or decimal ? Convert.ToString(plain, System.Globalization.CultureInfo.InvariantCulture) : JsNumber.Format(number);
        }

        throw new GraphQLError($"String cannot represent value: {Inspect.Format(value)}");
    }

    public override object? ParseValue(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        return plain as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspect.Format(plain)}");
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is StringValueNode text
            ? text.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(valueNode)}", valueNode);
}
