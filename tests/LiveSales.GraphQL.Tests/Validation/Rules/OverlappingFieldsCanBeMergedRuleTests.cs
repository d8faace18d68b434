using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRule s_rule = OverlappingFieldsCanBeMergedRule.Rule;

    [Fact]
    public void Accepts_identical_fields_and_aliases() =>
        RuleAssert.Valid(s_rule, "{ me { name name n: name n: name } }");

    [Fact]
    public void Rejects_different_fields_under_one_response_name() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { x: name x: email name name: id } }",
            "Fields \"x\" conflict because \"name\" and \"email\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:8, 1:16)",
            "Fields \"name\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:25, 1:30)");

    [Fact]
    public void Rejects_different_arguments() =>
        RuleAssert.Errors(
            s_rule,
            "{ customer(id: 1) { revenue(year: 2024) revenue(year: 2025) followUps { totalCount } followUps(first: 1) { totalCount } } }",
            "Fields \"revenue\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:21, 1:41)",
            "Fields \"followUps\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:61, 1:86)");

    [Fact]
    public void Accepts_the_same_arguments_in_another_order() =>
        RuleAssert.Valid(s_rule, "{ customer(id: 1) { followUps(first: 1, channel: CALL) { totalCount } followUps(channel: CALL, first: 1) { totalCount } } }");

    [Fact]
    public void Compares_values_not_spelling() =>
        RuleAssert.Errors(
            s_rule,
            """"
            query Q($a: Int) { inputs { filter(value: {region: "a", tier: 1}) filter(value: {tier: 1, region: "a"}) string(value: "a") string(value: """a""") f: int(value: $a) f: int(value: 1) } }
            """",
            "Fields \"string\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:105, 1:124)",
            "Fields \"f\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (1:147, 1:165)");

    [Fact]
    public void Rejects_conflicting_sub_fields_naming_each() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { manager { a: name b: name } manager { a: id b: email } } }",
            "Fields \"manager\" conflict because subfields \"a\" conflict because \"name\" and \"id\" are different fields and subfields \"b\" conflict because \"name\" and \"email\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:8, 1:18, 1:26, 1:36, 1:46, 1:52)");

    [Fact]
    public void Rejects_conflicts_between_fields_and_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { x: name ...A ...B } }
            fragment A on User { x: email }
            fragment B on User { x: id }
            """,
            "Fields \"x\" conflict because \"name\" and \"email\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:8, 2:22)",
            "Fields \"x\" conflict because \"email\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:22, 3:22)",
            "Fields \"x\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:8, 3:22)");

    [Fact]
    public void Allows_different_fields_on_mutually_exclusive_types() =>
        RuleAssert.Valid(s_rule, """
            { search(text: "a") { ... on Customer { x: region } ... on Lead { x: company } } }
            """);

    [Fact]
    public void Rejects_conflicting_types_even_on_exclusive_types() =>
        RuleAssert.Errors(
            s_rule,
            """
            { search(text: "a") { ... on Customer { tier } ... on Lead { tier } ... on User { x: industries } ... on Opportunity { x: name } } }
            """,
            "Fields \"tier\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (1:41, 1:62)",
            "Fields \"x\" conflict because they return conflicting types \"[String!]!\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional. (1:83, 1:120)");

    [Fact]
    public void Rejects_conflicting_nullability() =>
        RuleAssert.Errors(
            s_rule,
            """
            { search(text: "a") { ... on Customer { x: name } ... on Lead { x: region } } }
            """,
            "Fields \"x\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (1:41, 1:65)");

    [Fact]
    public void Compares_fields_of_an_interface_and_its_implementation() =>
        RuleAssert.Errors(
            s_rule,
            "{ party(id: 1) { name ... on Customer { name: region } } }",
            "Fields \"name\" conflict because \"name\" and \"region\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:18, 1:41)");

    [Fact]
    public void Terminates_on_fragment_cycles() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { x: name ...B }
            fragment B on User { x: email ...A }
            """,
            "Fields \"x\" conflict because \"name\" and \"email\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:22, 3:22)",
            "Fields \"x\" conflict because \"email\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:22, 2:22)");
}
