using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRule s_rule = KnownFragmentNamesRule.Rule;

    [Fact]
    public void Accepts_spreads_of_defined_fragments() =>
        RuleAssert.Valid(s_rule, """
            { me { ...A ... on User { ...B } } }
            fragment A on User { id }
            fragment B on User { ...A }
            """);

    [Fact]
    public void Rejects_spreads_of_undefined_fragments() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...Missing ... on User { ...AlsoMissing } } }
            fragment Defined on User { ...DeepMissing }
            """,
            "Unknown fragment \"Missing\". (1:11)",
            "Unknown fragment \"AlsoMissing\". (1:36)",
            "Unknown fragment \"DeepMissing\". (2:31)");
}
