using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRule s_rule = FieldsOnCorrectTypeRule.Rule;

    [Fact]
    public void Accepts_fields_of_the_type_and_meta_fields() =>
        RuleAssert.Valid(s_rule, "{ __typename me { __typename id name team { name } } }");

    [Fact]
    public void Suggests_similar_field_names() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { nme emial } }",
            "Cannot query field \"nme\" on type \"User\". Did you mean \"name\"? (1:8)",
            "Cannot query field \"emial\" on type \"User\". Did you mean \"email\"? (1:12)");

    [Fact]
    public void Reports_a_field_of_another_type_without_suggestions() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { status } }",
            "Cannot query field \"status\" on type \"User\". (1:8)");

    [Fact]
    public void Suggests_implementations_on_an_interface() =>
        RuleAssert.Errors(
            s_rule,
            "{ party(id: 1) { email tier } }",
            "Cannot query field \"email\" on type \"Party\". Did you mean to use an inline fragment on \"User\"? (1:18)",
            "Cannot query field \"tier\" on type \"Party\". Did you mean to use an inline fragment on \"Customer\" or \"Lead\"? (1:24)");

    [Fact]
    public void Suggests_members_on_a_union() =>
        RuleAssert.Errors(
            s_rule,
            """
            { search(text: "a") { name id } }
            """,
            "Cannot query field \"name\" on type \"Searchable\". Did you mean to use an inline fragment on \"Party\", \"Assignable\", \"Customer\", \"Lead\", or \"Opportunity\"? (1:23)",
            "Cannot query field \"id\" on type \"Searchable\". Did you mean to use an inline fragment on \"Node\", \"Party\", \"Assignable\", \"Customer\", or \"Lead\"? (1:28)");

    [Fact]
    public void Reports_meta_fields_off_the_query_root() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { __schema { types { name } } } }",
            "Cannot query field \"__schema\" on type \"User\". (1:8)");

    [Fact]
    public void Reports_fields_on_the_mutation_root() =>
        RuleAssert.Errors(
            s_rule,
            "mutation { claimCustomr(id: 1) { id } }",
            "Cannot query field \"claimCustomr\" on type \"Mutation\". Did you mean \"claimCustomer\" or \"createCustomer\"? (1:12)");
}
