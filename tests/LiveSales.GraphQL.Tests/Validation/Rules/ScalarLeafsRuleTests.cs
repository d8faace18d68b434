using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRule s_rule = ScalarLeafsRule.Rule;

    [Fact]
    public void Accepts_leaves_without_selections_and_objects_with_them() =>
        RuleAssert.Valid(s_rule, "{ me { name role industries team { name } } }");

    [Fact]
    public void Rejects_a_selection_on_a_scalar() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { name { first } } }",
            "Field \"name\" must not have a selection since type \"String!\" has no subfields. (1:13)");

    [Fact]
    public void Rejects_a_selection_on_an_enum_with_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { role { value } score(stage: WON) { value } } }",
            "Field \"role\" must not have a selection since type \"Role!\" has no subfields. (1:13)",
            "Field \"score\" must not have a selection since type \"Int\" has no subfields. (1:41)");

    [Fact]
    public void Rejects_an_object_without_a_selection() =>
        RuleAssert.Errors(
            s_rule,
            "{ me }",
            "Field \"me\" of type \"User!\" must have a selection of subfields. Did you mean \"me { ... }\"? (1:3)");

    [Fact]
    public void Rejects_interface_union_and_list_fields_without_selections() =>
        RuleAssert.Errors(
            s_rule,
            """
            { party(id: 1) search(text: "a") me { reports } }
            """,
            "Field \"party\" of type \"Party\" must have a selection of subfields. Did you mean \"party { ... }\"? (1:3)",
            "Field \"search\" of type \"[Searchable!]!\" must have a selection of subfields. Did you mean \"search { ... }\"? (1:16)",
            "Field \"reports\" of type \"[User!]!\" must have a selection of subfields. Did you mean \"reports { ... }\"? (1:39)");

    [Fact]
    public void Rejects_a_mutation_field_without_a_selection() =>
        RuleAssert.Errors(
            s_rule,
            "mutation { claimCustomer(id: 1) }",
            "Field \"claimCustomer\" of type \"Customer!\" must have a selection of subfields. Did you mean \"claimCustomer { ... }\"? (1:12)");
}
