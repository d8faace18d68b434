using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRule s_rule = VariablesInAllowedPositionRule.Rule;

    [Fact]
    public void Accepts_matching_types() =>
        RuleAssert.Valid(s_rule, "query Q($a: Int, $b: [String!]!, $c: CustomerRef, $d: Role!) { inputs { int(value: $a) nonNullStrings(value: $b) ref(value: $c) role(value: $d) } }");

    [Fact]
    public void Rejects_nullable_variables_in_non_null_positions() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Int, $b: [String!]) { inputs { nonNullInt(value: $a) nonNullStrings(value: $b) } }",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". (1:9, 1:62)",
            "Variable \"$b\" of type \"[String!]\" used in position expecting type \"[String!]!\". (1:18, 1:88)");

    [Fact]
    public void Accepts_a_nullable_variable_with_a_default() =>
        RuleAssert.Valid(s_rule, "query Q($a: Int = 1) { inputs { nonNullInt(value: $a) } }");

    [Fact]
    public void Rejects_a_variable_whose_default_is_null() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Int = null) { inputs { nonNullInt(value: $a) } }",
            "Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\". (1:9, 1:54)");

    [Fact]
    public void Accepts_a_nullable_variable_where_the_argument_has_a_default() =>
        RuleAssert.Valid(s_rule, "query Q($c: Int) { inputs { withDefaults(c: $c) } }");

    [Fact]
    public void Rejects_variables_of_another_type() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: String, $b: [Int], $c: Role) { inputs { int(value: $a) strings(value: $b) i2: int(value: $c) } }",
            "Variable \"$a\" of type \"String\" used in position expecting type \"Int\". (1:9, 1:64)",
            "Variable \"$b\" of type \"[Int]\" used in position expecting type \"[String]\". (1:21, 1:83)",
            "Variable \"$c\" of type \"Role\" used in position expecting type \"Int\". (1:32, 1:102)");

    [Fact]
    public void Rejects_a_list_variable_for_an_item_and_accepts_items_in_lists() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: [String], $b: String) { inputs { string(value: $a) strings(value: [$b]) nonNullStrings(value: [$b]) } }",
            "Variable \"$a\" of type \"[String]\" used in position expecting type \"String\". (1:9, 1:60)",
            "Variable \"$b\" of type \"String\" used in position expecting type \"String!\". (1:23, 1:108)");

    [Fact]
    public void Checks_usages_in_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            query Q($a: String) { inputs { ...F } }
            fragment F on Inputs { nonNullInt(value: $a) }
            """,
            "Variable \"$a\" of type \"String\" used in position expecting type \"Int!\". (1:9, 2:42)");

    [Fact]
    public void Requires_non_null_variables_for_one_of_fields() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($id: ID, $name: String!) { inputs { ref(value: {id: $id}) r2: ref(value: {name: $name}) } }",
            "Variable \"$id\" is of type \"ID\" but must be non-nullable to be used for OneOf Input Object \"CustomerRef\". (1:9, 1:61)");
}
