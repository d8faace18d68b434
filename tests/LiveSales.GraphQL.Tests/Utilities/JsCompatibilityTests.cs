using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

/// <summary>Numbers, value descriptions and suggestions as graphql-js produces them (expectations taken from Node).</summary>
public sealed class JsCompatibilityTests
{
    [Theory]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(-0d, "0")]
    [InlineData(100d, "100")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(-2.5e-7, "-2.5e-7")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(12345.678, "12345.678")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Formats_numbers_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    [Theory]
    [InlineData("0x1F", 31d)]
    [InlineData(" 12 ", 12d)]
    [InlineData("1e3", 1000d)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5d)]
    [InlineData("+1", 1d)]
    [InlineData("-0x1", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("1_000", double.NaN)]
    [InlineData("0b101", 5d)]
    [InlineData("0o17", 15d)]
    [InlineData("1e", double.NaN)]
    [InlineData("\t\n 7\u00a0", 7d)]
    public void Reads_numbers_as_javascript_does(string text, double expected)
    {
        Assert.Equal(expected, JsNumber.Parse(text));
    }

    [Fact]
    public void Describes_values_as_graphql_js_inspect_does()
    {
        var value = new Dictionary<string, object?>
        {
            ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = new Dictionary<string, object?> { ["d"] = 1 } } },
            ["l"] = new List<object?> { 1, new List<object?> { 2, new List<object?> { 3, new List<object?> { 4 } } } },
            ["s"] = "q\"\n",
            ["e"] = new List<object?>(),
        };

        Assert.Equal("{ a: { b: [Object] }, l: [1, [Array]], s: \"q\\\"\\n\", e: [] }", Inspect.Format(value));
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]", Inspect.Format(Enumerable.Range(1, 12).ToList()));
        Assert.Equal("{}", Inspect.Format(new Dictionary<string, object?>()));
        Assert.Equal("null", Inspect.Format(null));
    }

    [Theory]
    [InlineData("abc", new[] { "a", "ab", "abc" }, new[] { "abc", "ab", "a" })]
    [InlineData("GraphQl", new[] { "graphics", "SQL", "GraphQL", "quarks", "mark" }, new[] { "GraphQL", "graphics" })]
    [InlineData("csutomer", new[] { "customer", "Customer", "costumer", "consumer" }, new[] { "Customer", "customer", "costumer", "consumer" })]
    [InlineData("a", new[] { "a2", "a10", "a1", "b" }, new[] { "a1", "a2", "b" })]
    public void Suggests_close_options_best_first(string input, string[] options, string[] expected)
    {
        Assert.Equal(expected, SuggestionList.For(input, options));
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, " Did you mean \"A\"?")]
    [InlineData(new[] { "A", "B" }, " Did you mean \"A\" or \"B\"?")]
    [InlineData(new[] { "A", "B", "C", "D", "E", "F" }, " Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?")]
    public void Lists_at_most_five_suggestions(string[] suggestions, string expected)
    {
        Assert.Equal(expected, DidYouMean.Format(suggestions));
    }

    [Fact]
    public void Orders_digit_runs_by_value()
    {
        string[] names = ["item10", "item9", "item1", "Item2"];

        Assert.Equal(["Item2", "item1", "item9", "item10"], names.Order(Comparer<string>.Create(NaturalCompare.Compare)));
    }
}
