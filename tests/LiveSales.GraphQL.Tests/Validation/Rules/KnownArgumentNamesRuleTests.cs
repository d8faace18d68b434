using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRule s_rule = KnownArgumentNamesRule.Rule;

    [Fact]
    public void Accepts_known_field_and_directive_arguments() =>
        RuleAssert.Valid(s_rule, """
            { customer(id: 1) { revenue(year: 2025, currency: "USD") followUps(first: 1, channel: CALL) { totalCount } } me @skip(if: false) { id } }
            """);

    [Fact]
    public void Rejects_unknown_field_arguments_with_suggestions() =>
        RuleAssert.Errors(
            s_rule,
            "{ customer(idd: 1) { revenue(yaer: 2025) followUps(frist: 1) { totalCount } } }",
            "Unknown argument \"idd\" on field \"Query.customer\". Did you mean \"id\"? (1:12)",
            "Unknown argument \"yaer\" on field \"Customer.revenue\". Did you mean \"year\"? (1:30)",
            "Unknown argument \"frist\" on field \"Customer.followUps\". Did you mean \"first\"? (1:52)");

    [Fact]
    public void Rejects_an_argument_on_a_field_without_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { name(full: true) } }",
            "Unknown argument \"full\" on field \"User.name\". (1:13)");

    [Fact]
    public void Rejects_unknown_directive_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ me @skip(iff: true) @cost(valu: 1, value: 2) { id } }",
            "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"? (1:12)",
            "Unknown argument \"valu\" on directive \"@cost\". Did you mean \"value\"? (1:29)");

    [Fact]
    public void Ignores_unknown_fields_and_directives() =>
        RuleAssert.Valid(s_rule, "{ me { unknown(a: 1) id @unknown(b: 2) } }");

    [Fact]
    public void Checks_meta_field_arguments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { __type(nam: "User") { name } }
            """,
            "Unknown argument \"nam\" on field \"Query.__type\". Did you mean \"name\"? (1:10)");
}
