using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.Api.GraphQL.Scalars;

/// <summary><c>Date</c>: a calendar date without a time (<c>2026-03-31</c>), e.g. an expected close date.</summary>
public sealed class DateScalar : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    public DateScalar()
        : base("Date")
    {
        Description = "A calendar date, ISO-8601: 2026-03-31.";
        ClrType = typeof(DateOnly);
    }

    public override object? Serialize(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        var other => throw new GraphQLError($"Date cannot represent value: {Inspect.Format(other)}"),
    };

    public override object? ParseValue(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        DateOnly date => date,
        string text when DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        var other => throw new GraphQLError($"Date cannot represent {Inspect.Format(other)}: expected a date such as \"2026-03-31\"."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode text => ParseValue(text.Value),
        _ => throw new GraphQLError($"Date cannot represent {Printer.Print(valueNode)}: expected a date such as \"2026-03-31\".", valueNode),
    };
}
