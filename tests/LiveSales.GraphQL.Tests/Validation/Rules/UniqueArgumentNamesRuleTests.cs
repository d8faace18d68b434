using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRule s_rule = UniqueArgumentNamesRule.Rule;

    [Fact]
    public void Accepts_one_argument_name_on_several_fields() =>
        RuleAssert.Valid(s_rule, "{ a: user(id: 1) { id } b: user(id: 2) { id } me @skip(if: false) { id } }");

    [Fact]
    public void Rejects_repeated_field_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ customer(id: 1, id: 2) { revenue(year: 1, year: 2, year: 3) } }",
            "There can be only one argument named \"id\". (1:12, 1:19)",
            "There can be only one argument named \"year\". (1:36, 1:45, 1:54)");

    [Fact]
    public void Rejects_repeated_directive_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ me @skip(if: true, if: false) { id } }",
            "There can be only one argument named \"if\". (1:12, 1:22)");
}
