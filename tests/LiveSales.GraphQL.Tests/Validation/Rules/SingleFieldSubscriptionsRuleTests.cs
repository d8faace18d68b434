using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRule s_rule = SingleFieldSubscriptionsRule.Rule;

    [Fact]
    public void Accepts_one_root_field() =>
        RuleAssert.Valid(s_rule, """
            subscription S { poolChanged(poolId: "1") { poolId } }
            """);

    [Fact]
    public void Accepts_one_field_selected_twice() =>
        RuleAssert.Valid(s_rule, "subscription S { alerts { kind } alerts { message } }");

    [Fact]
    public void Rejects_two_root_fields_blaming_the_extra_ones() =>
        RuleAssert.Errors(
            s_rule,
            """
            subscription S { poolChanged(poolId: "1") { poolId } alerts { kind } customerUpdated { id } }
            """,
            "Subscription \"S\" must select only one top level field. (1:54, 1:70)");

    [Fact]
    public void Rejects_extra_fields_reached_through_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            subscription { ...F ... on Subscription { alerts { kind } } }
            fragment F on Subscription { poolChanged(poolId: "1") { poolId } }
            """,
            "Anonymous Subscription must select only one top level field. (1:43)");

    [Fact]
    public void Rejects_an_introspection_root_field() =>
        RuleAssert.Errors(
            s_rule,
            "subscription S { __typename }",
            "Subscription \"S\" must not select an introspection top level field. (1:18)");

    [Fact]
    public void Ignores_fields_skipped_by_a_literal_condition() =>
        RuleAssert.Valid(s_rule, """
            subscription S { alerts { kind } poolChanged(poolId: "1") @skip(if: true) { poolId } }
            """);

    [Fact]
    public void Ignores_fragments_on_other_types() =>
        RuleAssert.Valid(s_rule, "subscription S { alerts { kind } ... on Query { me { id } } }");

    // graphql-js throws from validate() here, as its field collection demands variable values.
    [Fact]
    public void Counts_fields_whose_condition_depends_on_a_variable() =>
        RuleAssert.Errors(
            s_rule,
            "subscription S($v: Boolean!) { alerts { kind } poolChanged(poolId: \"1\") @skip(if: $v) { poolId } }",
            "Subscription \"S\" must select only one top level field. (1:48)");
}
