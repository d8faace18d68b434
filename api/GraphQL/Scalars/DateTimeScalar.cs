using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.Api.GraphQL.Scalars;

/// <summary>
/// <c>DateTime</c>: an ISO-8601 date and time with an offset (<c>2026-01-05T09:00:00Z</c>). Written
/// in UTC; read only with an explicit offset, because a time without one means different instants
/// to different clients.
/// </summary>
public sealed class DateTimeScalar : ScalarType
{
    private const string OutputFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    public DateTimeScalar()
        : base("DateTime")
    {
        Description = "An ISO-8601 date and time with an offset, e.g. 2026-01-05T09:00:00Z. Written in UTC.";
        ClrType = typeof(DateTimeOffset);
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time";
    }

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture);

    public override object? Serialize(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        DateTimeOffset at => Format(at),
        DateTime { Kind: DateTimeKind.Utc } at => Format(new DateTimeOffset(at)),
        string text when TryParse(text, out var at) => Format(at),
        var other => throw new GraphQLError($"DateTime cannot represent value: {Inspect.Format(other)}"),
    };

    public override object? ParseValue(object? value) => JsonValues.NormalizeScalar(value) switch
    {
        DateTimeOffset at => at,
        string text when TryParse(text, out var at) => at,
        var other => throw new GraphQLError($"DateTime cannot represent {Inspect.Format(other)}: expected an ISO-8601 date-time with an offset, e.g. \"2026-01-05T09:00:00Z\"."),
    };

    public override object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        StringValueNode text when TryParse(text.Value, out var at) => at,
        _ => throw new GraphQLError($"DateTime cannot represent {Printer.Print(valueNode)}: expected an ISO-8601 date-time with an offset, e.g. \"2026-01-05T09:00:00Z\".", valueNode),
    };

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length < 20 || text[10] is not ('T' or 't') || !HasOffset(text))
        {
            return false;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    private static bool HasOffset(string text)
    {
        if (text[^1] is 'Z' or 'z')
        {
            return true;
        }

        // ±hh:mm or ±hhmm after the time.
        var sign = text.LastIndexOfAny(['+', '-']);
        return sign > 10 && text.Length - sign is 6 or 5;
    }
}
