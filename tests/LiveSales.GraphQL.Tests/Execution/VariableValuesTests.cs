using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using static LiveSales.GraphQL.Tests.Execution.ExecutionHelper;

namespace LiveSales.GraphQL.Tests.Execution;

public class VariableValuesTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        type Query { f(a: Int): Int }
        input Point { x: Int!, y: Int = 7 }
        enum Color { RED GREEN }
        """);

    private static IReadOnlyList<VariableDefinitionNode> Definitions(string query) =>
        ((OperationDefinitionNode)Parser.Parse(query).Definitions[0]).VariableDefinitions;

    private static (IReadOnlyDictionary<string, object?> Values, List<string>? Errors) Coerce(string query, string json, int maxErrors = 50)
    {
        IReadOnlyDictionary<string, object?> values = VariableValues.Coerce(s_schema, Definitions(query), VariableValues.FromJson(Data(json)), maxErrors, out List<GraphQLError>? errors);
        return (values, errors?.Select(e => e.Message).ToList());
    }

    [Fact]
    public void Defaults_fill_absent_variables_and_input_object_fields()
    {
        var (values, errors) = Coerce("query($n: Int = 3, $p: Point, $c: Color = GREEN) { f }", "{\"p\": {\"x\": 1}}");

        Assert.Null(errors);
        Assert.Equal(3, values["n"]);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 7 }, values["p"]);
        Assert.Equal("GREEN", values["c"]);
    }

    [Fact]
    public void An_absent_optional_variable_without_default_has_no_entry()
    {
        var (values, errors) = Coerce("query($n: Int) { f }", "{}");

        Assert.Null(errors);
        Assert.False(values.ContainsKey("n"));
    }

    [Fact]
    public void Missing_and_null_required_variables_are_reported_separately()
    {
        var (_, errors) = Coerce("query($a: Int!, $b: Int!) { f }", "{\"b\": null}");

        Assert.Equal(["Variable \"$a\" of required type \"Int!\" was not provided.", "Variable \"$b\" of non-null type \"Int!\" must not be null."], errors);
    }

    [Fact]
    public void Coercion_errors_name_the_variable_and_the_path_inside_it()
    {
        var (_, errors) = Coerce("query($p: [Point]) { f }", "{\"p\": [{\"x\": 1}, {\"x\": \"no\", \"z\": 1}]}");

        Assert.Equal(
        [
            "Variable \"$p\" got invalid value \"no\" at \"p[1].x\"; Int cannot represent non-integer value: \"no\"",
            "Variable \"$p\" got invalid value { x: \"no\", z: 1 } at \"p[1]\"; Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?",
        ], errors);
    }

    [Fact]
    public void Errors_stop_at_the_limit_with_one_more_saying_so()
    {
        var (_, errors) = Coerce("query($a: Int, $b: Int, $c: Int) { f }", "{\"a\": \"x\", \"b\": \"y\", \"c\": \"z\"}", maxErrors: 2);

        Assert.Equal(3, errors!.Count);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", errors[2]);
    }
}
