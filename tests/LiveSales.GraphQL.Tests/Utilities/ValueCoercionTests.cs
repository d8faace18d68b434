using System.Text.Encodings.Web;
using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

/// <summary>Input coercion of variable values and literals, and literals from values; expectations are graphql-js 16's results.</summary>
public sealed class ValueCoercionTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 0 color: Color }
        input One @oneOf { a: Int b: String }
        type Query { f(p: Point, o: One, l: [Int!], c: [[Color]], fl: Float, id: ID, b: Boolean, s: String): Int }
        """);

    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static GraphQLType TypeOf(string reference) => TypeFromAst.Convert(s_schema, Parser.ParseType(reference))!;

    [Theory]
    [InlineData("{\"x\":1}", "Point", "ok {\"x\":1,\"y\":0}", "")]
    [InlineData("{\"x\":1,\"y\":2,\"color\":\"GREEN\"}", "Point", "ok {\"x\":1,\"y\":2,\"color\":\"GREEN\"}", "")]
    [InlineData("{\"y\":2}", "Point", "err Invalid value { y: 2 }: Field \"x\" of required type \"Int!\" was not provided.", "[] {\"y\":2} Field \"x\" of required type \"Int!\" was not provided.")]
    [InlineData("{\"x\":\"1\"}", "Point", "err Invalid value \"1\" at \"value.x\": Int cannot represent non-integer value: \"1\"", "[\"x\"] \"1\" Int cannot represent non-integer value: \"1\"")]
    [InlineData("{\"x\":1,\"z\":3,\"colr\":\"RED\"}", "Point", "err Invalid value { x: 1, z: 3, colr: \"RED\" }: Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?", "[] {\"x\":1,\"z\":3,\"colr\":\"RED\"} Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"? ; [] {\"x\":1,\"z\":3,\"colr\":\"RED\"} Field \"colr\" is not defined by type \"Point\". Did you mean \"color\"?")]
    [InlineData("{\"x\":1,\"color\":\"GRENN\"}", "Point", "err Invalid value \"GRENN\" at \"value.color\": Value \"GRENN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?", "[\"color\"] \"GRENN\" Value \"GRENN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?")]
    [InlineData("[1,2]", "Point", "err Invalid value [1, 2]: Expected type \"Point\" to be an object.", "[] [1,2] Expected type \"Point\" to be an object.")]
    [InlineData("null", "Point!", "err Invalid value null: Expected non-nullable type \"Point!\" not to be null.", "[] null Expected non-nullable type \"Point!\" not to be null.")]
    [InlineData("[1,2,3]", "[Int!]", "ok [1,2,3]", "")]
    [InlineData("1", "[Int!]", "ok [1]", "")]
    [InlineData("[1,null]", "[Int!]", "err Invalid value null at \"value[1]\": Expected non-nullable type \"Int!\" not to be null.", "[1] null Expected non-nullable type \"Int!\" not to be null.")]
    [InlineData("[[\"RED\"],\"GREEN\"]", "[[Color]]", "ok [[\"RED\"],[\"GREEN\"]]", "")]
    [InlineData("{\"a\":1}", "One", "ok {\"a\":1}", "")]
    [InlineData("{\"a\":1,\"b\":\"x\"}", "One", "err Invalid value { a: 1, b: \"x\" }: Exactly one key must be specified for OneOf type \"One\".", "[] {\"a\":1,\"b\":\"x\"} Exactly one key must be specified for OneOf type \"One\".")]
    [InlineData("{\"a\":null}", "One", "err Invalid value null at \"value.a\": Field \"a\" must be non-null.", "[\"a\"] null Field \"a\" must be non-null.")]
    [InlineData("{}", "One", "err Invalid value {}: Exactly one key must be specified for OneOf type \"One\".", "[] {} Exactly one key must be specified for OneOf type \"One\".")]
    [InlineData("[{\"x\":1},{\"x\":\"a\"}]", "[Point]", "err Invalid value \"a\" at \"value[1].x\": Int cannot represent non-integer value: \"a\"", "[1,\"x\"] \"a\" Int cannot represent non-integer value: \"a\"")]
    public void Coerces_json_variable_values(string json, string type, string expected, string reportedErrors)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        string outcome;
        try
        {
            outcome = "ok " + JsonSerializer.Serialize(InputCoercion.Coerce(document.RootElement, TypeOf(type)), s_json);
        }
        catch (GraphQLError error)
        {
            outcome = "err " + error.Message;
        }

        var errors = new List<string>();
        InputCoercion.Coerce(document.RootElement, TypeOf(type), (path, invalid, error) =>
            errors.Add(JsonSerializer.Serialize(path, s_json) + " " + JsonSerializer.Serialize(invalid, s_json) + " " + error.Message));

        Assert.Equal(expected, outcome);
        Assert.Equal(reportedErrors, string.Join(" ; ", errors));
    }

    [Fact]
    public void Coerces_plain_dotnet_values_like_json()
    {
        var point = new Dictionary<string, object?> { ["x"] = 3, ["color"] = "RED" };

        object? coerced = InputCoercion.Coerce(point, TypeOf("Point"));

        Assert.Equal("{\"x\":3,\"y\":0,\"color\":\"RED\"}", JsonSerializer.Serialize(coerced, s_json));
        Assert.Equal(new List<object?> { 1, 2 }, InputCoercion.Coerce(new[] { 1, 2 }, TypeOf("[Int!]")));
    }

    [Theory]
    [InlineData("{x: 1}", "Point", "{\"x\":1,\"y\":0}")]
    [InlineData("{x: 1, y: $v}", "Point", "{\"x\":1,\"y\":5}")]
    [InlineData("{x: $missing}", "Point", "invalid")]
    [InlineData("{y: 1}", "Point", "invalid")]
    [InlineData("[1, $missing]", "[Int]", "[1,null]")]
    [InlineData("[1, $missing]", "[Int!]", "invalid")]
    [InlineData("3", "[Int]", "[3]")]
    [InlineData("$v", "Int!", "5")]
    [InlineData("$nul", "Int!", "invalid")]
    [InlineData("null", "Int", "null")]
    [InlineData("null", "Int!", "invalid")]
    [InlineData("{a: 1}", "One", "{\"a\":1}")]
    [InlineData("{a: 1, b: \"x\"}", "One", "invalid")]
    [InlineData("{a: null}", "One", "invalid")]
    [InlineData("RED", "Color", "\"RED\"")]
    [InlineData("\"RED\"", "Color", "invalid")]
    [InlineData("1.5", "Int", "invalid")]
    public void Coerces_literals_with_variables(string literal, string type, string expected)
    {
        var variables = new Dictionary<string, object?> { ["v"] = 5, ["nul"] = null };

        bool valid = ValueFromAst.TryConvert(Parser.ParseValue(literal), TypeOf(type), variables, out object? value);

        Assert.Equal(expected, valid ? JsonSerializer.Serialize(value, s_json) : "invalid");
    }

    [Theory]
    [InlineData("1", "Int", "1")]
    [InlineData("1", "Float", "1")]
    [InlineData("1.5", "Float", "1.5")]
    [InlineData("\"1\"", "ID", "1")]
    [InlineData("\"01\"", "ID", "\"01\"")]
    [InlineData("\"abc\"", "ID", "\"abc\"")]
    [InlineData("\"RED\"", "Color", "RED")]
    [InlineData("null", "Int", "null")]
    [InlineData("[1,2]", "[Int]", "[1, 2]")]
    [InlineData("3", "[Int]", "3")]
    [InlineData("{\"x\":1,\"color\":\"GREEN\"}", "Point", "{x: 1, color: GREEN}")]
    [InlineData("{\"x\":1,\"y\":null}", "Point", "{x: 1, y: null}")]
    [InlineData("\"a\\nb\\\"c\"", "String", "\"a\\nb\\\"c\"")]
    [InlineData("true", "Boolean", "true")]
    [InlineData("1e+21", "Float", "1e+21")]
    public void Writes_internal_values_as_literals(string json, string type, string expected)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        object? value = JsonValues.FromElement(document.RootElement);

        ValueNode? literal = AstFromValue.Convert(value, TypeOf(type));

        Assert.Equal(expected, literal is null ? "null" : Printer.Print(literal));
    }

    [Fact]
    public void Null_for_a_non_null_type_has_no_literal()
    {
        Assert.Null(AstFromValue.Convert(null, TypeOf("Int!")));
    }
}
