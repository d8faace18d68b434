using System.Globalization;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Types;

/// <summary>
/// Result coercion (serialize), variable coercion (parseValue) and literal coercion (parseLiteral)
/// of the five built-in scalars, for the inputs of the spec's coercion tables. Every expected
/// outcome is what graphql-js 16 gives for the same JavaScript value.
/// </summary>
public sealed class BuiltInScalarCoercionTests
{
    private static readonly object?[] s_values =
    [
        1, -1, 1.0, 0.1, 1e3, 2147483647, 2147483648L, -2147483649L, 1e21, double.NaN, double.PositiveInfinity,
        true, false, "123", "1.5", " 12 ", "", "abc", "1e3", null, new List<object?> { 1 }, new Dictionary<string, object?> { ["a"] = 1 },
    ];

    private static readonly string[] s_literals = ["1", "-1", "2147483648", "1.5", "1e400", "\"1\"", "true", "ENUM", "null", "[1]", "{a: 1}"];

    private static readonly Dictionary<string, (string[] Serialize, string[] ParseValue, string[] ParseLiteral)> s_expected = new()
    {
        ["Int"] = new(
            [
                "ok 1",
                "ok -1",
                "ok 1",
                "err Int cannot represent non-integer value: 0.1",
                "ok 1000",
                "ok 2147483647",
                "err Int cannot represent non 32-bit signed integer value: 2147483648",
                "err Int cannot represent non 32-bit signed integer value: -2147483649",
                "err Int cannot represent non 32-bit signed integer value: 1e+21",
                "err Int cannot represent non-integer value: NaN",
                "err Int cannot represent non-integer value: Infinity",
                "ok 1",
                "ok 0",
                "ok 123",
                "err Int cannot represent non-integer value: \"1.5\"",
                "ok 12",
                "err Int cannot represent non-integer value: \"\"",
                "err Int cannot represent non-integer value: \"abc\"",
                "ok 1000",
                "err Int cannot represent non-integer value: null",
                "err Int cannot represent non-integer value: [1]",
                "err Int cannot represent non-integer value: { a: 1 }",
            ],
            [
                "ok 1",
                "ok -1",
                "ok 1",
                "err Int cannot represent non-integer value: 0.1",
                "ok 1000",
                "ok 2147483647",
                "err Int cannot represent non 32-bit signed integer value: 2147483648",
                "err Int cannot represent non 32-bit signed integer value: -2147483649",
                "err Int cannot represent non 32-bit signed integer value: 1e+21",
                "err Int cannot represent non-integer value: NaN",
                "err Int cannot represent non-integer value: Infinity",
                "err Int cannot represent non-integer value: true",
                "err Int cannot represent non-integer value: false",
                "err Int cannot represent non-integer value: \"123\"",
                "err Int cannot represent non-integer value: \"1.5\"",
                "err Int cannot represent non-integer value: \" 12 \"",
                "err Int cannot represent non-integer value: \"\"",
                "err Int cannot represent non-integer value: \"abc\"",
                "err Int cannot represent non-integer value: \"1e3\"",
                "err Int cannot represent non-integer value: null",
                "err Int cannot represent non-integer value: [1]",
                "err Int cannot represent non-integer value: { a: 1 }",
            ],
            [
                "ok 1",
                "ok -1",
                "err Int cannot represent non 32-bit signed integer value: 2147483648",
                "err Int cannot represent non-integer value: 1.5",
                "err Int cannot represent non-integer value: 1e400",
                "err Int cannot represent non-integer value: \"1\"",
                "err Int cannot represent non-integer value: true",
                "err Int cannot represent non-integer value: ENUM",
                "err Int cannot represent non-integer value: null",
                "err Int cannot represent non-integer value: [1]",
                "err Int cannot represent non-integer value: {a: 1}",
            ]),
        ["Float"] = new(
            [
                "ok 1",
                "ok -1",
                "ok 1",
                "ok 0.1",
                "ok 1000",
                "ok 2147483647",
                "ok 2147483648",
                "ok -2147483649",
                "ok 1e+21",
                "err Float cannot represent non numeric value: NaN",
                "err Float cannot represent non numeric value: Infinity",
                "ok 1",
                "ok 0",
                "ok 123",
                "ok 1.5",
                "ok 12",
                "err Float cannot represent non numeric value: \"\"",
                "err Float cannot represent non numeric value: \"abc\"",
                "ok 1000",
                "err Float cannot represent non numeric value: null",
                "err Float cannot represent non numeric value: [1]",
                "err Float cannot represent non numeric value: { a: 1 }",
            ],
            [
                "ok 1",
                "ok -1",
                "ok 1",
                "ok 0.1",
                "ok 1000",
                "ok 2147483647",
                "ok 2147483648",
                "ok -2147483649",
                "ok 1e+21",
                "err Float cannot represent non numeric value: NaN",
                "err Float cannot represent non numeric value: Infinity",
                "err Float cannot represent non numeric value: true",
                "err Float cannot represent non numeric value: false",
                "err Float cannot represent non numeric value: \"123\"",
                "err Float cannot represent non numeric value: \"1.5\"",
                "err Float cannot represent non numeric value: \" 12 \"",
                "err Float cannot represent non numeric value: \"\"",
                "err Float cannot represent non numeric value: \"abc\"",
                "err Float cannot represent non numeric value: \"1e3\"",
                "err Float cannot represent non numeric value: null",
                "err Float cannot represent non numeric value: [1]",
                "err Float cannot represent non numeric value: { a: 1 }",
            ],
            [
                "ok 1",
                "ok -1",
                "ok 2147483648",
                "ok 1.5",
                "ok null",
                "err Float cannot represent non numeric value: \"1\"",
                "err Float cannot represent non numeric value: true",
                "err Float cannot represent non numeric value: ENUM",
                "err Float cannot represent non numeric value: null",
                "err Float cannot represent non numeric value: [1]",
                "err Float cannot represent non numeric value: {a: 1}",
            ]),
        ["String"] = new(
            [
                "ok \"1\"",
                "ok \"-1\"",
                "ok \"1\"",
                "ok \"0.1\"",
                "ok \"1000\"",
                "ok \"2147483647\"",
                "ok \"2147483648\"",
                "ok \"-2147483649\"",
                "ok \"1e+21\"",
                "err String cannot represent value: NaN",
                "err String cannot represent value: Infinity",
                "ok \"true\"",
                "ok \"false\"",
                "ok \"123\"",
                "ok \"1.5\"",
                "ok \" 12 \"",
                "ok \"\"",
                "ok \"abc\"",
                "ok \"1e3\"",
                "err String cannot represent value: null",
                "err String cannot represent value: [1]",
                "err String cannot represent value: { a: 1 }",
            ],
            [
                "err String cannot represent a non string value: 1",
                "err String cannot represent a non string value: -1",
                "err String cannot represent a non string value: 1",
                "err String cannot represent a non string value: 0.1",
                "err String cannot represent a non string value: 1000",
                "err String cannot represent a non string value: 2147483647",
                "err String cannot represent a non string value: 2147483648",
                "err String cannot represent a non string value: -2147483649",
                "err String cannot represent a non string value: 1e+21",
                "err String cannot represent a non string value: NaN",
                "err String cannot represent a non string value: Infinity",
                "err String cannot represent a non string value: true",
                "err String cannot represent a non string value: false",
                "ok \"123\"",
                "ok \"1.5\"",
                "ok \" 12 \"",
                "ok \"\"",
                "ok \"abc\"",
                "ok \"1e3\"",
                "err String cannot represent a non string value: null",
                "err String cannot represent a non string value: [1]",
                "err String cannot represent a non string value: { a: 1 }",
            ],
            [
                "err String cannot represent a non string value: 1",
                "err String cannot represent a non string value: -1",
                "err String cannot represent a non string value: 2147483648",
                "err String cannot represent a non string value: 1.5",
                "err String cannot represent a non string value: 1e400",
                "ok \"1\"",
                "err String cannot represent a non string value: true",
                "err String cannot represent a non string value: ENUM",
                "err String cannot represent a non string value: null",
                "err String cannot represent a non string value: [1]",
                "err String cannot represent a non string value: {a: 1}",
            ]),
        ["Boolean"] = new(
            [
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "ok true",
                "err Boolean cannot represent a non boolean value: NaN",
                "err Boolean cannot represent a non boolean value: Infinity",
                "ok true",
                "ok false",
                "err Boolean cannot represent a non boolean value: \"123\"",
                "err Boolean cannot represent a non boolean value: \"1.5\"",
                "err Boolean cannot represent a non boolean value: \" 12 \"",
                "err Boolean cannot represent a non boolean value: \"\"",
                "err Boolean cannot represent a non boolean value: \"abc\"",
                "err Boolean cannot represent a non boolean value: \"1e3\"",
                "err Boolean cannot represent a non boolean value: null",
                "err Boolean cannot represent a non boolean value: [1]",
                "err Boolean cannot represent a non boolean value: { a: 1 }",
            ],
            [
                "err Boolean cannot represent a non boolean value: 1",
                "err Boolean cannot represent a non boolean value: -1",
                "err Boolean cannot represent a non boolean value: 1",
                "err Boolean cannot represent a non boolean value: 0.1",
                "err Boolean cannot represent a non boolean value: 1000",
                "err Boolean cannot represent a non boolean value: 2147483647",
                "err Boolean cannot represent a non boolean value: 2147483648",
                "err Boolean cannot represent a non boolean value: -2147483649",
                "err Boolean cannot represent a non boolean value: 1e+21",
                "err Boolean cannot represent a non boolean value: NaN",
                "err Boolean cannot represent a non boolean value: Infinity",
                "ok true",
                "ok false",
                "err Boolean cannot represent a non boolean value: \"123\"",
                "err Boolean cannot represent a non boolean value: \"1.5\"",
                "err Boolean cannot represent a non boolean value: \" 12 \"",
                "err Boolean cannot represent a non boolean value: \"\"",
                "err Boolean cannot represent a non boolean value: \"abc\"",
                "err Boolean cannot represent a non boolean value: \"1e3\"",
                "err Boolean cannot represent a non boolean value: null",
                "err Boolean cannot represent a non boolean value: [1]",
                "err Boolean cannot represent a non boolean value: { a: 1 }",
            ],
            [
                "err Boolean cannot represent a non boolean value: 1",
                "err Boolean cannot represent a non boolean value: -1",
                "err Boolean cannot represent a non boolean value: 2147483648",
                "err Boolean cannot represent a non boolean value: 1.5",
                "err Boolean cannot represent a non boolean value: 1e400",
                "err Boolean cannot represent a non boolean value: \"1\"",
                "ok true",
                "err Boolean cannot represent a non boolean value: ENUM",
                "err Boolean cannot represent a non boolean value: null",
                "err Boolean cannot represent a non boolean value: [1]",
                "err Boolean cannot represent a non boolean value: {a: 1}",
            ]),
        ["ID"] = new(
            [
                "ok \"1\"",
                "ok \"-1\"",
                "ok \"1\"",
                "err ID cannot represent value: 0.1",
                "ok \"1000\"",
                "ok \"2147483647\"",
                "ok \"2147483648\"",
                "ok \"-2147483649\"",
                "ok \"1e+21\"",
                "err ID cannot represent value: NaN",
                "err ID cannot represent value: Infinity",
                "err ID cannot represent value: true",
                "err ID cannot represent value: false",
                "ok \"123\"",
                "ok \"1.5\"",
                "ok \" 12 \"",
                "ok \"\"",
                "ok \"abc\"",
                "ok \"1e3\"",
                "err ID cannot represent value: null",
                "err ID cannot represent value: [1]",
                "err ID cannot represent value: { a: 1 }",
            ],
            [
                "ok \"1\"",
                "ok \"-1\"",
                "ok \"1\"",
                "err ID cannot represent value: 0.1",
                "ok \"1000\"",
                "ok \"2147483647\"",
                "ok \"2147483648\"",
                "ok \"-2147483649\"",
                "ok \"1e+21\"",
                "err ID cannot represent value: NaN",
                "err ID cannot represent value: Infinity",
                "err ID cannot represent value: true",
                "err ID cannot represent value: false",
                "ok \"123\"",
                "ok \"1.5\"",
                "ok \" 12 \"",
                "ok \"\"",
                "ok \"abc\"",
                "ok \"1e3\"",
                "err ID cannot represent value: null",
                "err ID cannot represent value: [1]",
                "err ID cannot represent value: { a: 1 }",
            ],
            [
                "ok \"1\"",
                "ok \"-1\"",
                "ok \"2147483648\"",
                "err ID cannot represent a non-string and non-integer value: 1.5",
                "err ID cannot represent a non-string and non-integer value: 1e400",
                "ok \"1\"",
                "err ID cannot represent a non-string and non-integer value: true",
                "err ID cannot represent a non-string and non-integer value: ENUM",
                "err ID cannot represent a non-string and non-integer value: null",
                "err ID cannot represent a non-string and non-integer value: [1]",
                "err ID cannot represent a non-string and non-integer value: {a: 1}",
            ]),
    };

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (string scalar in s_expected.Keys)
        {
            for (int i = 0; i < s_values.Length; i++)
            {
                data.Add(scalar, "serialize", i);
                data.Add(scalar, "parseValue", i);
            }

            for (int i = 0; i < s_literals.Length; i++)
            {
                data.Add(scalar, "parseLiteral", i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coerces_like_the_reference_implementation(string scalarName, string operation, int index)
    {
        ScalarType scalar = ScalarType.Specified.Single(s => s.Name == scalarName);
        (string[] serialize, string[] parseValue, string[] parseLiteral) = s_expected[scalarName];

        string actual = Outcome(() => operation switch
        {
            "serialize" => scalar.Serialize(s_values[index]),
            "parseValue" => scalar.ParseValue(s_values[index]),
            _ => scalar.ParseLiteral(Parser.ParseValue(s_literals[index])),
        });

        string expected = operation switch
        {
            "serialize" => serialize[index],
            "parseValue" => parseValue[index],
            _ => parseLiteral[index],
        };
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("Int", "1", "ok 1")]
    [InlineData("Int", "1.0", "ok 1")]
    [InlineData("Int", "3000000000", "err Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("Int", "\"1\"", "err Int cannot represent non-integer value: \"1\"")]
    [InlineData("Float", "1.5", "ok 1.5")]
    [InlineData("String", "\"x\"", "ok \"x\"")]
    [InlineData("String", "{\"a\": [1, true]}", "err String cannot represent a non string value: { a: [1, true] }")]
    [InlineData("Boolean", "false", "ok false")]
    [InlineData("ID", "12", "ok \"12\"")]
    [InlineData("ID", "12.0", "ok \"12\"")]
    [InlineData("ID", "1e3", "ok \"1000\"")]
    public void Coerces_variable_values_read_from_json(string scalarName, string json, string expected)
    {
        ScalarType scalar = ScalarType.Specified.Single(s => s.Name == scalarName);
        using JsonDocument document = JsonDocument.Parse(json);

        Assert.Equal(expected, Outcome(() => scalar.ParseValue(document.RootElement)));
    }

    [Fact]
    public void Result_coercion_reads_json_values_from_resolvers()
    {
        using JsonDocument document = JsonDocument.Parse("""{"n": 7, "s": "x", "b": true, "f": 2.5}""");
        JsonElement root = document.RootElement;

        Assert.Equal(7, ScalarType.Int.Serialize(root.GetProperty("n")));
        Assert.Equal("x", ScalarType.String.Serialize(root.GetProperty("s")));
        Assert.Equal(true, ScalarType.Boolean.Serialize(root.GetProperty("b")));
        Assert.Equal(2.5, ScalarType.Float.Serialize(root.GetProperty("f")));
        Assert.Equal("7", ScalarType.ID.Serialize(root.GetProperty("n")));
    }

    [Fact]
    public void Literal_errors_are_located_at_the_literal()
    {
        ValueNode literal = Parser.ParseValue("  \"x\"");

        var error = Assert.Throws<GraphQLError>(() => ScalarType.Int.ParseLiteral(literal));

        Assert.Equal([new SourceLocation(1, 3)], error.Locations);
    }

    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Outcome(Func<object?> coerce)
    {
        try
        {
            return "ok " + Json(coerce());
        }
        catch (GraphQLError error)
        {
            return "err " + error.Message;
        }
    }

    private static string Json(object? value) => value switch
    {
        double d when !double.IsFinite(d) => "null",
        double d => JsNumber.Format(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, s_json),
    };
}
