using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRule s_rule = ExecutableDefinitionsRule.Rule;

    [Fact]
    public void Accepts_operations_and_fragments() =>
        RuleAssert.Valid(s_rule, """
            query Q { me { ...F } }
            fragment F on User { name }
            """);

    [Fact]
    public void Rejects_type_definitions_and_extensions_by_name() =>
        RuleAssert.Errors(
            s_rule,
            """
            query Q { me { name } }
            type Extra { a: Int }
            extend type User { extra: Int }
            """,
            "The \"Extra\" definition is not executable. (2:1)",
            "The \"User\" definition is not executable. (3:1)");

    [Fact]
    public void Rejects_schema_definitions_and_extensions_as_schema() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { name } }
            schema { query: Query }
            extend schema @tag(name: "x")
            """,
            "The schema definition is not executable. (2:1)",
            "The schema definition is not executable. (3:1)");

    [Fact]
    public void Rejects_directive_scalar_input_and_enum_definitions() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            directive @d on FIELD
            scalar Money
            input I { a: Int }
            enum E { A }
            """,
            "The \"d\" definition is not executable. (2:1)",
            "The \"Money\" definition is not executable. (3:1)",
            "The \"I\" definition is not executable. (4:1)",
            "The \"E\" definition is not executable. (5:1)");
}
