using System.Globalization;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class CustomScalarTests
{
    private static readonly ScalarType s_date = new(
        "Date",
        serialize: value => value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLError("Date cannot represent " + value),
        parseValue: value => value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new GraphQLError("Date cannot represent " + value),
        parseLiteral: (node, _) => node is StringValueNode text ? DateOnly.ParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLError("Date literal must be a string", node))
    {
        SpecifiedByUrl = "https://example.com/date",
    };

    [Fact]
    public void A_custom_scalar_uses_its_functions()
    {
        Assert.Equal("2026-01-31", s_date.Serialize(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2026, 1, 31), s_date.ParseValue("2026-01-31"));
        Assert.Equal(new DateOnly(2026, 1, 31), s_date.ParseLiteral(Parser.ParseValue("\"2026-01-31\"")));
        Assert.Equal("Date literal must be a string", Assert.Throws<GraphQLError>(() => s_date.ParseLiteral(Parser.ParseValue("20260131"))).Message);
    }

    [Fact]
    public void Without_functions_values_pass_through_and_literals_become_plain_values()
    {
        var json = new ScalarType("JSON");

        Assert.Equal(42, json.Serialize(42));
        Assert.Equal("x", json.ParseValue("x"));
        object? literal = json.ParseLiteral(Parser.ParseValue("{a: [1, 2.5, \"s\", true, null, ENUM, $v]}"), new Dictionary<string, object?> { ["v"] = 7 });
        var map = Assert.IsType<Dictionary<string, object?>>(literal);
        Assert.Equal([1, 2.5, "s", true, null, "ENUM", 7], Assert.IsType<List<object?>>(map["a"]));
    }

    [Fact]
    public void A_custom_scalar_is_not_one_of_the_specified_scalars()
    {
        Assert.False(s_date.IsSpecified);
        Assert.True(ScalarType.ID.IsSpecified);
    }
}
