using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRule s_rule = NoUnusedVariablesRule.Rule;

    [Fact]
    public void Accepts_variables_used_in_nested_fragments_and_directives() =>
        RuleAssert.Valid(s_rule, """
            query Q($a: Int, $b: Boolean!, $c: String!) @tag(name: $c) { inputs { ...F } }
            fragment F on Inputs { ...G }
            fragment G on Inputs { int(value: $a) @skip(if: $b) }
            """);

    [Fact]
    public void Rejects_unused_variables() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Int, $b: Int, $c: Int) { inputs { int(value: $b) } }",
            "Variable \"$a\" is never used in operation \"Q\". (1:9)",
            "Variable \"$c\" is never used in operation \"Q\". (1:27)");

    [Fact]
    public void Names_no_operation_when_it_is_anonymous() =>
        RuleAssert.Errors(
            s_rule,
            "query ($a: Int) { me { id } }",
            "Variable \"$a\" is never used. (1:8)");

    [Fact]
    public void Counts_only_fragments_the_operation_spreads() =>
        RuleAssert.Errors(
            s_rule,
            """
            query A($a: Int) { me { id } }
            query B($a: Int) { inputs { ...F } }
            fragment F on Inputs { int(value: $a) }
            """,
            "Variable \"$a\" is never used in operation \"A\". (1:9)");
}
