using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRule s_rule = FragmentsOnCompositeTypesRule.Rule;

    [Fact]
    public void Accepts_object_interface_and_union_conditions() =>
        RuleAssert.Valid(s_rule, """
            { party(id: 1) { ... on Customer { tier } ... on Node { id } ...S } }
            fragment S on Searchable { __typename }
            """);

    [Fact]
    public void Accepts_an_inline_fragment_without_condition() =>
        RuleAssert.Valid(s_rule, "{ me { ... { id } } }");

    [Fact]
    public void Rejects_a_scalar_condition_on_an_inline_fragment() =>
        RuleAssert.Errors(
            s_rule,
            "{ me { ... on String { length } } }",
            "Fragment cannot condition on non composite type \"String\". (1:15)");

    [Fact]
    public void Rejects_enum_and_input_conditions_on_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...E } }
            fragment E on Role { name }
            fragment I on CustomerFilter { region }
            """,
            "Fragment \"E\" cannot condition on non composite type \"Role\". (2:15)",
            "Fragment \"I\" cannot condition on non composite type \"CustomerFilter\". (3:15)");

    [Fact]
    public void Leaves_unknown_types_to_known_type_names() =>
        RuleAssert.Valid(s_rule, "{ me { ... on Nothing { id } } }");
}
