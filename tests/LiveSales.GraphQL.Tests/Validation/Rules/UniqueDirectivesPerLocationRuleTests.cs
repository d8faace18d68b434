using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRule s_rule = UniqueDirectivesPerLocationRule.Rule;

    [Fact]
    public void Accepts_different_directives_and_repeatable_ones() =>
        RuleAssert.Valid(s_rule, """
            query Q @tag(name: "a") @tag(name: "b") { me @skip(if: false) @include(if: true) { id } }
            """);

    [Fact]
    public void Accepts_one_directive_on_several_locations() =>
        RuleAssert.Valid(s_rule, "{ me @live { id @live name @live } }");

    [Fact]
    public void Rejects_repeated_non_repeatable_directives() =>
        RuleAssert.Errors(
            s_rule,
            "{ me @skip(if: true) @skip(if: false) @live @live { id @include(if: true) @include(if: true) @include(if: false) } }",
            "The directive \"@skip\" can only be used once at this location. (1:6, 1:22)",
            "The directive \"@live\" can only be used once at this location. (1:39, 1:45)",
            "The directive \"@include\" can only be used once at this location. (1:56, 1:75)",
            "The directive \"@include\" can only be used once at this location. (1:56, 1:94)");

    [Fact]
    public void Checks_fragments_spreads_and_variables() =>
        RuleAssert.Errors(
            s_rule,
            """
            query Q($a: Int @cost(value: 1) @cost(value: 2)) { me { ...F @cost(value: 1) @cost(value: 2) } inputs { int(value: $a) } }
            fragment F on User @live @live { id }
            """,
            "The directive \"@cost\" can only be used once at this location. (1:17, 1:33)",
            "The directive \"@cost\" can only be used once at this location. (1:62, 1:78)",
            "The directive \"@live\" can only be used once at this location. (2:20, 2:26)");

    [Fact]
    public void Treats_a_type_and_its_extensions_as_one_location() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            type T @live { a: Int }
            extend type T @live
            """,
            "The directive \"@live\" can only be used once at this location. (2:8, 3:15)");
}
