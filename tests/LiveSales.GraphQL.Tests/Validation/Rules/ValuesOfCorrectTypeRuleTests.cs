using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRule s_rule = ValuesOfCorrectTypeRule.Rule;

    [Fact]
    public void Accepts_valid_literals_of_every_kind() =>
        RuleAssert.Valid(s_rule, """
            { inputs { int(value: -3) float(value: 1.5e3) f2: float(value: 2) string(value: "s") boolean(value: false) id(value: "x") i2: id(value: 42) role(value: MANAGER) decimal(value: 12.5) strings(value: ["a", null]) s2: strings(value: "one") matrix(value: [[1], [2, 3]]) } }
            """);

    [Fact]
    public void Rejects_literals_of_the_wrong_scalar_type() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { int(value: "3") i2: int(value: 1.5) float(value: true) string(value: 1) boolean(value: "true") id(value: 1.5) } }
            """,
            "Int cannot represent non-integer value: \"3\" (1:23)",
            "Int cannot represent non-integer value: 1.5 (1:43)",
            "Float cannot represent non numeric value: true (1:61)",
            "String cannot represent a non string value: 1 (1:81)",
            "Boolean cannot represent a non boolean value: \"true\" (1:99)",
            "ID cannot represent a non-string and non-integer value: 1.5 (1:117)");

    [Fact]
    public void Rejects_integers_outside_32_bits() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { int(value: 2147483648) i2: int(value: -2147483649) i3: int(value: 2147483647) } }",
            "Int cannot represent non 32-bit signed integer value: 2147483648 (1:23)",
            "Int cannot represent non 32-bit signed integer value: -2147483649 (1:50)");

    [Fact]
    public void Rejects_unknown_enum_values_with_suggestions() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { role(value: "ADMIN") r2: role(value: admin) r3: role(value: ADMN) } }
            """,
            "Enum \"Role\" cannot represent non-enum value: \"ADMIN\". Did you mean the enum value \"ADMIN\"? (1:24)",
            "Value \"admin\" does not exist in \"Role\" enum. Did you mean the enum value \"ADMIN\"? (1:49)",
            "Value \"ADMN\" does not exist in \"Role\" enum. Did you mean the enum value \"ADMIN\"? (1:72)");

    [Fact]
    public void Rejects_null_for_non_null_positions() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { nonNullInt(value: null) nonNullStrings(value: [null]) } }",
            "Expected value of type \"Int!\", found null. (1:30)",
            "Expected value of type \"String!\", found null. (1:59)");

    [Fact]
    public void Rejects_lists_and_objects_for_scalars() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { int(value: [1]) role(value: {name: ADMIN}) matrix(value: [["x"]]) } }
            """,
            "Int cannot represent non-integer value: [1] (1:23)",
            "Enum \"Role\" cannot represent non-enum value: {name: ADMIN}. (1:40)",
            "Int cannot represent non-integer value: \"x\" (1:71)");

    [Fact]
    public void Rejects_scalars_for_input_objects() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { filter(value: "region") range(value: 3) } }
            """,
            "Expected value of type \"CustomerFilter\", found \"region\". (1:26)",
            "Expected value of type \"Range!\", found 3. (1:49)");

    [Fact]
    public void Rejects_missing_required_input_fields() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { range(value: {min: 1}) r2: range(value: {}) } }",
            "Field \"Range.max\" of required type \"Int!\" was not provided. (1:25)",
            "Field \"Range.max\" of required type \"Int!\" was not provided. (1:52)");

    [Fact]
    public void Rejects_unknown_input_fields_with_suggestions() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { filter(value: {regoin: "EU", unknownThing: 2}) } }
            """,
            "Field \"regoin\" is not defined by type \"CustomerFilter\". Did you mean \"region\"? (1:27)",
            "Field \"unknownThing\" is not defined by type \"CustomerFilter\". (1:41)");

    [Fact]
    public void Accepts_any_literal_for_a_custom_scalar() =>
        RuleAssert.Valid(s_rule, "{ inputs { dateTime(value: 1) decimal(value: {amount: 1}) } }");

    [Fact]
    public void Requires_exactly_one_field_of_a_one_of_input() =>
        RuleAssert.Errors(
            s_rule,
            """
            { inputs { ref(value: {id: "1", name: "x"}) r2: ref(value: {}) r3: ref(value: {id: "1"}) } }
            """,
            "OneOf Input Object \"CustomerRef\" must specify exactly one key. (1:23)",
            "OneOf Input Object \"CustomerRef\" must specify exactly one key. (1:60)");

    [Fact]
    public void Rejects_null_for_the_field_of_a_one_of_input() =>
        RuleAssert.Errors(
            s_rule,
            "{ inputs { ref(value: {id: null}) refs(value: [{name: null}]) } }",
            "Field \"CustomerRef.id\" must be non-null. (1:23)",
            "Field \"CustomerRef.name\" must be non-null. (1:48)");

    [Fact]
    public void Checks_variable_defaults() =>
        RuleAssert.Errors(
            s_rule,
            """
            query Q($a: Int = "x", $b: Range = {min: 1}, $c: CustomerRef = {id: 1, name: "n"}) { inputs { int(value: $a) range(value: $b) ref(value: $c) } }
            """,
            "Int cannot represent non-integer value: \"x\" (1:19)",
            "Field \"Range.max\" of required type \"Int!\" was not provided. (1:36)",
            "OneOf Input Object \"CustomerRef\" must specify exactly one key. (1:64)");

    [Fact]
    public void Checks_directive_arguments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me @skip(if: "yes") { id @cost(value: "high") } }
            """,
            "Boolean cannot represent a non boolean value: \"yes\" (1:16)",
            "Int cannot represent non-integer value: \"high\" (1:41)");
}
