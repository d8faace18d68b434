using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Validation.Sdl;

/// <summary>The checks of graphql-js's validateSDL that building a schema from SDL makes with the validation rules.</summary>
public sealed class SdlValidationTests
{
    private static void AssertSdlErrors(string sdl, params string[] expected)
    {
        SchemaValidationException error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildSchema(sdl));
        Assert.Equal(expected, RuleAssert.Describe(error.Errors));
    }

    [Fact]
    public void Rejects_unknown_arguments_of_applied_directives_with_suggestions() =>
        AssertSdlErrors(
            "directive @d(a: Int, b: String) on FIELD_DEFINITION type Query { f: Int @d(c: 1, aa: 2) }",
            "Unknown argument \"c\" on directive \"@d\". Did you mean \"a\" or \"b\"? (1:76)",
            "Unknown argument \"aa\" on directive \"@d\". Did you mean \"a\"? (1:82)");

    [Fact]
    public void Rejects_repeated_arguments_of_applied_directives() =>
        AssertSdlErrors(
            "directive @d(a: Int) on OBJECT type Query @d(a: 1, a: 2) { f: Int }",
            "There can be only one argument named \"a\". (1:46, 1:52)");

    [Fact]
    public void Rejects_repeated_input_fields_in_default_values() =>
        AssertSdlErrors(
            "input I { x: Int n: [I] } type Query { f(a: I = {x: 1, n: [{x: 2, x: 3}], x: 4}): Int }",
            "There can be only one input field named \"x\". (1:61, 1:67)",
            "There can be only one input field named \"x\". (1:50, 1:75)");

    [Fact]
    public void Rejects_applied_directives_missing_required_arguments() =>
        AssertSdlErrors(
            "directive @d(a: Int!, b: String!, c: Int! = 1) on FIELD_DEFINITION type Query { f: Int @d(b: \"x\") }",
            "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided. (1:88)");

    [Fact]
    public void Rejects_specified_by_without_a_url_once() =>
        AssertSdlErrors(
            "scalar S @specifiedBy type Query { f: S }",
            "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided. (1:10)");

    [Fact]
    public void Rejects_repeated_argument_definitions_naming_both() =>
        AssertSdlErrors(
            "type Query { f(a: Int, a: Int): Int }\ndirective @d(x: Int, x: String) on FIELD",
            "Argument \"Query.f(a:)\" can only be defined once. (1:16, 1:24)",
            "Argument \"@d(x:)\" can only be defined once. (2:14, 2:22)");

    [Fact]
    public void Checks_input_fields_of_unknown_directives() =>
        AssertSdlErrors(
            "type Query { g: Int @unknown(x: {a: 1, a: 2}) }",
            "Unknown directive \"@unknown\". (1:21)",
            "There can be only one input field named \"a\". (1:34, 1:40)");

    [Fact]
    public void Accepts_well_formed_directive_arguments()
    {
        Schema schema = SchemaBuilder.BuildSchema(
            "directive @d(a: Int!, b: I = {x: 1}) on FIELD_DEFINITION input I { x: Int } type Query { f: Int @d(a: 1, b: {x: 2}) g: Int @deprecated(reason: \"old\") }");

        Assert.Equal("old", schema.QueryType.GetField("g")!.DeprecationReason);
    }
}
