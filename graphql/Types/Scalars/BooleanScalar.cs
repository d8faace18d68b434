using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Types.Scalars;

/// <summary>The built-in Boolean. Results may also be finite numbers (non-zero is true).</summary>
internal sealed class BooleanScalar : ScalarType
{
    public BooleanScalar()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
        ClrType = typeof(bool);
    }

    public override object? Serialize(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        if (plain is bool flag)
        {
            return flag;
        }

        if (NumberValues.TryGetNumber(plain, out double number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Format(plain)}");
    }

    public override object? ParseValue(object? value)
    {
        object? plain = JsonValues.NormalizeScalar(value);
        return plain is bool flag
            ? flag
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Format(plain)}");
    }

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        valueNode is BooleanValueNode flag
            ? flag.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(valueNode)}", valueNode);
}
