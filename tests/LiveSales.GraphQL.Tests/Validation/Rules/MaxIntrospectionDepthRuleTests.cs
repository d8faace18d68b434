using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRule s_rule = MaxIntrospectionDepthRule.Rule;

    [Fact]
    public void Accepts_the_usual_introspection_query_shape() =>
        RuleAssert.Valid(s_rule, "{ __schema { types { name fields { name type { name ofType { name } } } interfaces { name } possibleTypes { name } inputFields { name } } } }");

    [Fact]
    public void Rejects_fields_nested_three_deep() =>
        RuleAssert.Errors(
            s_rule,
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            "Maximum introspection depth exceeded (1:3)");

    [Fact]
    public void Counts_interfaces_possible_types_and_input_fields() =>
        RuleAssert.Errors(
            s_rule,
            """
            { __type(name: "Party") { interfaces { possibleTypes { inputFields { name } } } } }
            """,
            "Maximum introspection depth exceeded (1:3)");

    [Fact]
    public void Follows_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { __schema { types { ...T } } }
            fragment T on __Type { fields { type { ...U } } }
            fragment U on __Type { inputFields { type { possibleTypes { name } } } }
            """,
            "Maximum introspection depth exceeded (1:3)");

    [Fact]
    public void Terminates_on_fragment_cycles() =>
        RuleAssert.Errors(
            s_rule,
            """
            { __type(name: "User") { ...T } }
            fragment T on __Type { fields { type { ...T } } }
            """,
            "Maximum introspection depth exceeded (1:3)");
}
