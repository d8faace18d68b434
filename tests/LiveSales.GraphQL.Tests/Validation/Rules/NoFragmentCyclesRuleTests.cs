using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRule s_rule = NoFragmentCyclesRule.Rule;

    [Fact]
    public void Accepts_a_fragment_spread_twice() =>
        RuleAssert.Valid(s_rule, """
            { me { ...A ...A } }
            fragment A on User { ...B ...B }
            fragment B on User { id }
            """);

    [Fact]
    public void Rejects_a_fragment_spreading_itself() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { ...A }
            """,
            "Cannot spread fragment \"A\" within itself. (2:22)");

    [Fact]
    public void Rejects_a_cycle_through_fields_naming_the_path() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { manager { ...B } }
            fragment B on User { team { manager { ...C } } }
            fragment C on User { reports { ...A } }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". (2:32, 3:39, 4:32)");

    [Fact]
    public void Reports_each_cycle_back_to_one_fragment() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { ...B ...C }
            fragment B on User { ...A }
            fragment C on User { ...A }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\". (2:22, 3:22)",
            "Cannot spread fragment \"A\" within itself via \"C\". (2:27, 4:22)");

    [Fact]
    public void Reports_a_cycle_that_does_not_include_the_first_fragment() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { ...B }
            fragment B on User { ...C }
            fragment C on User { ...B }
            """,
            "Cannot spread fragment \"B\" within itself via \"C\". (3:22, 4:22)");

    [Fact]
    public void Ignores_spreads_of_unknown_fragments() =>
        RuleAssert.Valid(s_rule, """
            { me { ...A } }
            fragment A on User { ...Missing }
            """);
}
