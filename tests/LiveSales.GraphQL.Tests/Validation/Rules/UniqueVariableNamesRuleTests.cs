using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRule s_rule = UniqueVariableNamesRule.Rule;

    [Fact]
    public void Accepts_distinct_names_and_one_name_in_two_operations() =>
        RuleAssert.Valid(s_rule, """
            query A($a: Int, $b: Int) { me { id } }
            query B($a: Int) { me { id } }
            """);

    [Fact]
    public void Rejects_repeated_names_once_per_name() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Int, $b: Int, $a: String, $b: Int, $b: ID) { me { id } }",
            "There can be only one variable named \"$a\". (1:10, 1:28)",
            "There can be only one variable named \"$b\". (1:19, 1:40, 1:49)");
}
