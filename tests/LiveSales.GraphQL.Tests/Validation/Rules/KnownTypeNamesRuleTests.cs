using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRule s_rule = KnownTypeNamesRule.Rule;

    [Fact]
    public void Accepts_known_variable_types_and_type_conditions() =>
        RuleAssert.Valid(s_rule, """
            query Q($a: ID!, $b: [CustomerFilter!], $c: __TypeKind) { user(id: $a) { ... on User { id } ...F } }
            fragment F on Party { name }
            """);

    [Fact]
    public void Rejects_unknown_variable_types_with_suggestions() =>
        RuleAssert.Errors(
            s_rule,
            "query Q($a: Usr, $b: [CustomerFiltr!]!, $c: Zzzzzzzz) { me { id } }",
            "Unknown type \"Usr\". Did you mean \"User\"? (1:13)",
            "Unknown type \"CustomerFiltr\". Did you mean \"CustomerFilter\", \"CustomerOrder\", \"Customer\", or \"CustomerRef\"? (1:23)",
            "Unknown type \"Zzzzzzzz\". (1:45)");

    [Fact]
    public void Rejects_unknown_type_conditions() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ... on Usr { id } ...F } }
            fragment F on Userr { id }
            """,
            "Unknown type \"Usr\". Did you mean \"User\"? (1:15)",
            "Unknown type \"Userr\". Did you mean \"User\", \"Alert\", or \"Query\"? (2:15)");

    [Fact]
    public void Knows_built_in_scalars_in_type_definitions() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            type Extra { a: String b: Strng }
            """,
            "Unknown type \"Strng\". Did you mean \"String\" or \"Stage\"? (2:27)");
}
