using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRule s_rule = NoUnusedFragmentsRule.Rule;

    [Fact]
    public void Accepts_fragments_used_directly_and_through_others() =>
        RuleAssert.Valid(s_rule, """
            { me { ...A } }
            fragment A on User { ...B }
            fragment B on User { id }
            """);

    [Fact]
    public void Rejects_an_unused_fragment() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...Used } }
            fragment Used on User { id }
            fragment Unused on User { name }
            """,
            "Fragment \"Unused\" is never used. (3:1)");

    [Fact]
    public void Rejects_fragments_used_only_by_unused_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            fragment A on User { ...B }
            fragment B on User { id }
            """,
            "Fragment \"A\" is never used. (2:1)",
            "Fragment \"B\" is never used. (3:1)");

    [Fact]
    public void Counts_spreads_of_every_operation() =>
        RuleAssert.Errors(
            s_rule,
            """
            query One { me { ...A } }
            query Two { me { ...B } }
            fragment A on User { id }
            fragment B on User { id }
            fragment C on User { id }
            """,
            "Fragment \"C\" is never used. (5:1)");
}
