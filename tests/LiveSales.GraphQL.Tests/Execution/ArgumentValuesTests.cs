using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Execution;

public class ArgumentValuesTests
{
    private static readonly InputValueDefinition[] s_arguments =
    [
        new("first", ScalarType.Int) { DefaultValue = 10 },
        new("id", new NonNullType(ScalarType.ID)),
        new("name", ScalarType.String),
    ];

    private static FieldNode Field(string selection) =>
        (FieldNode)((OperationDefinitionNode)Parser.Parse("query($v: Int, $w: ID) { " + selection + " }").Definitions[0]).SelectionSet.Selections[0];

    private static IReadOnlyDictionary<string, object?> Get(string selection, Dictionary<string, object?>? variables = null)
    {
        FieldNode node = Field(selection);
        return ArgumentValues.Get(s_arguments, node, node.Arguments, variables ?? []);
    }

    [Fact]
    public void Literals_are_coerced_and_absent_arguments_take_their_default()
    {
        IReadOnlyDictionary<string, object?> values = Get("f(id: 4, name: \"x\")");

        Assert.Equal(new Dictionary<string, object?> { ["first"] = 10, ["id"] = "4", ["name"] = "x" }, values);
    }

    [Fact]
    public void A_variable_without_a_value_falls_back_to_the_default_or_is_left_out()
    {
        IReadOnlyDictionary<string, object?> values = Get("f(first: $v, id: \"a\", name: $u)");

        Assert.Equal(new Dictionary<string, object?> { ["first"] = 10, ["id"] = "a" }, values);
    }

    [Fact]
    public void A_missing_required_argument_is_an_error_on_the_field()
    {
        GraphQLError error = Assert.Throws<GraphQLError>(() => Get("f(name: \"x\")"));

        Assert.Equal("Argument \"id\" of required type \"ID!\" was not provided.", error.Message);
        Assert.Equal(1, error.Locations![0].Line);
    }

    [Fact]
    public void Null_for_a_non_null_argument_is_an_error_whether_literal_or_variable()
    {
        GraphQLError literal = Assert.Throws<GraphQLError>(() => Get("f(id: null)"));
        GraphQLError variable = Assert.Throws<GraphQLError>(() => Get("f(id: $w)", new Dictionary<string, object?> { ["w"] = null }));
        GraphQLError unset = Assert.Throws<GraphQLError>(() => Get("f(id: $w)"));

        Assert.Equal("Argument \"id\" of non-null type \"ID!\" must not be null.", literal.Message);
        Assert.Equal("Argument \"id\" of non-null type \"ID!\" must not be null.", variable.Message);
        Assert.Equal("Argument \"id\" of required type \"ID!\" was provided the variable \"$w\" which was not provided a runtime value.", unset.Message);
    }
}
