using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRule s_rule = PossibleFragmentSpreadsRule.Rule;

    [Fact]
    public void Accepts_spreads_within_the_same_object() =>
        RuleAssert.Valid(s_rule, """
            { me { ...U ... on User { id } } }
            fragment U on User { name }
            """);

    [Fact]
    public void Accepts_objects_into_interfaces_and_unions_they_belong_to() =>
        RuleAssert.Valid(s_rule, """
            { party(id: 1) { ... on Customer { tier } } search(text: "a") { ... on Lead { status } } }
            """);

    [Fact]
    public void Accepts_abstract_into_abstract_with_a_common_type() =>
        RuleAssert.Valid(s_rule, """
            { search(text: "a") { ... on Party { name } } party(id: 1) { ... on Owned { since } } }
            """);

    [Fact]
    public void Rejects_an_object_into_an_unrelated_object() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...T ... on Team { name } } }
            fragment T on Team { name }
            """,
            "Fragment \"T\" cannot be spread here as objects of type \"User\" can never be of type \"Team\". (1:8)",
            "Fragment cannot be spread here as objects of type \"User\" can never be of type \"Team\". (1:13)");

    [Fact]
    public void Rejects_an_object_into_an_interface_it_does_not_implement() =>
        RuleAssert.Errors(
            s_rule,
            "{ party(id: 1) { ... on Team { name } } }",
            "Fragment cannot be spread here as objects of type \"Party\" can never be of type \"Team\". (1:18)");

    [Fact]
    public void Rejects_an_object_into_a_union_it_is_not_in() =>
        RuleAssert.Errors(
            s_rule,
            """
            { search(text: "a") { ... on Team { name } } }
            """,
            "Fragment cannot be spread here as objects of type \"Searchable\" can never be of type \"Team\". (1:23)");

    [Fact]
    public void Rejects_abstract_types_without_common_members() =>
        RuleAssert.Errors(
            s_rule,
            """
            { owned(id: 1) { ...A } }
            fragment A on Actor { __typename }
            """,
            "Fragment \"A\" cannot be spread here as objects of type \"Owned\" can never be of type \"Actor\". (1:18)");

    [Fact]
    public void Rejects_an_interface_into_an_object_that_does_not_implement_it() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { ... on Owned { since } } }",
            "Fragment cannot be spread here as objects of type \"User\" can never be of type \"Owned\". (1:8)");
}
