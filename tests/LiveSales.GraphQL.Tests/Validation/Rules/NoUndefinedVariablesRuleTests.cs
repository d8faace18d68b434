using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRule s_rule = NoUndefinedVariablesRule.Rule;

    [Fact]
    public void Accepts_defined_variables_also_in_fragments() =>
        RuleAssert.Valid(s_rule, """
            query Q($a: Int, $b: Boolean!) { inputs { ...F } }
            fragment F on Inputs { int(value: $a) @skip(if: $b) }
            """);

    [Fact]
    public void Rejects_undefined_variables_in_arguments_lists_and_objects() =>
        RuleAssert.Errors(
            s_rule,
            "query Q { inputs { int(value: $a) strings(value: [$b]) filter(value: {region: $c}) } }",
            "Variable \"$a\" is not defined by operation \"Q\". (1:31, 1:1)",
            "Variable \"$b\" is not defined by operation \"Q\". (1:51, 1:1)",
            "Variable \"$c\" is not defined by operation \"Q\". (1:79, 1:1)");

    [Fact]
    public void Names_no_operation_when_it_is_anonymous() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { int(value: $a) } }",
            "Variable \"$a\" is not defined. (1:23, 1:1)");

    [Fact]
    public void Reports_a_fragment_variable_for_each_operation_lacking_it() =>
        RuleAssert.Errors(
            s_rule,
            """
            query A($a: Int) { inputs { ...F } }
            query B { inputs { ...F } }
            query C { inputs { ...F } }
            fragment F on Inputs { int(value: $a) }
            """,
            "Variable \"$a\" is not defined by operation \"B\". (4:35, 2:1)",
            "Variable \"$a\" is not defined by operation \"C\". (4:35, 3:1)");

    [Fact]
    public void Rejects_undefined_variables_in_directives() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Int) { me @include(if: $show) { id } inputs { int(value: $a) } }",
            "Variable \"$show\" is not defined by operation \"Q\". (1:36, 1:1)");
}
