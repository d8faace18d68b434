using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRule s_rule = VariablesAreInputTypesRule.Rule;

    [Fact]
    public void Accepts_scalars_enums_input_objects_and_lists_of_them() =>
        RuleAssert.Valid(s_rule, "query Q($a: Int, $b: [String!]!, $c: Role, $d: CustomerFilter, $e: [[DateTime]]) { me { id } }");

    [Fact]
    public void Rejects_object_interface_and_union_types() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: User, $b: [Searchable!], $c: Party!) { me { id } }",
            "Variable \"$a\" cannot be non-input type \"User\". (1:13)",
            "Variable \"$b\" cannot be non-input type \"[Searchable!]\". (1:23)",
            "Variable \"$c\" cannot be non-input type \"Party!\". (1:42)");

    [Fact]
    public void Leaves_unknown_types_to_known_type_names() =>
        RuleAssert.Valid(s_rule, "query Q($a: Nothing) { me { id } }");
}
