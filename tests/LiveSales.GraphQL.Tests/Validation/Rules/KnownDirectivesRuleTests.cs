using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRule s_rule = KnownDirectivesRule.Rule;

    [Fact]
    public void Accepts_known_directives_where_they_belong() =>
        RuleAssert.Valid(s_rule, """
            query Q($s: Boolean! = true @tag(name: "v")) @tag(name: "q") @live { me @skip(if: $s) @cost(value: 2) { ...F @cost(value: 1) ... on User @include(if: true) { id } } }
            fragment F on User @tag(name: "f") { name }
            """);

    [Fact]
    public void Rejects_unknown_directives() =>
        RuleAssert.Errors(
            s_rule,
            "{ me @unknown { id @skp(if: true) } }",
            "Unknown directive \"@unknown\". (1:6)",
            "Unknown directive \"@skp\". (1:20)");

    [Fact]
    public void Rejects_directives_in_the_wrong_place() =>
        RuleAssert.Errors(
            s_rule,
            """
            query Q @skip(if: true) { me @specifiedBy(url: "x") { ...F @live } }
            fragment F on User @cost(value: 1) { id }
            """,
            "Directive \"@skip\" may not be used on QUERY. (1:9)",
            "Directive \"@specifiedBy\" may not be used on FIELD. (1:30)",
            "Directive \"@live\" may not be used on FRAGMENT_SPREAD. (1:60)",
            "Directive \"@cost\" may not be used on FRAGMENT_DEFINITION. (2:20)");

    [Fact]
    public void Names_mutation_subscription_and_variable_locations() =>
        RuleAssert.Errors(
            s_rule,
            """
            mutation M($a: ID! @skip(if: true)) @live { claimCustomer(id: $a) { id } }
            subscription S @cost(value: 1) { alerts @deprecated { kind } }
            """,
            "Directive \"@skip\" may not be used on VARIABLE_DEFINITION. (1:20)",
            "Directive \"@live\" may not be used on MUTATION. (1:37)",
            "Directive \"@cost\" may not be used on SUBSCRIPTION. (2:16)",
            "Directive \"@deprecated\" may not be used on FIELD. (2:41)");

    [Fact]
    public void Names_type_system_locations() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            type T @skip(if: true) { a(x: Int @include(if: true)): Int @live }
            input I { f: Int @skip(if: true) }
            """,
            "Directive \"@skip\" may not be used on OBJECT. (2:8)",
            "Directive \"@include\" may not be used on ARGUMENT_DEFINITION. (2:35)",
            "Directive \"@live\" may not be used on FIELD_DEFINITION. (2:60)",
            "Directive \"@skip\" may not be used on INPUT_FIELD_DEFINITION. (3:18)");
}
