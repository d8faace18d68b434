using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRule s_rule = UniqueInputFieldNamesRule.Rule;

    [Fact]
    public void Accepts_distinct_fields_and_one_name_in_nested_objects() =>
        RuleAssert.Valid(s_rule, """
            { inputs { filter(value: {region: "a", any: [{region: "b"}]}) } }
            """);

    [Fact]
    public void Rejects_repeated_fields() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { range(value: {max: 1, max: 2, max: 3}) } }",
            "There can be only one input field named \"max\". (1:26, 1:34)",
            "There can be only one input field named \"max\". (1:26, 1:42)");

    [Fact]
    public void Rejects_repeated_fields_in_nested_objects() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { filter(value: {region: "a", any: [{tier: 1, tier: 2}]}) } }
            """,
            "There can be only one input field named \"tier\". (1:47, 1:56)");
}
