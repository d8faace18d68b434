using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRule s_rule = UniqueFragmentNamesRule.Rule;

    [Fact]
    public void Accepts_distinct_fragment_names() =>
        RuleAssert.Valid(s_rule, """
            { me { ...A ...B } }
            fragment A on User { id }
            fragment B on User { name }
            """);

    [Fact]
    public void Accepts_inline_fragments() =>
        RuleAssert.Valid(s_rule, "{ me { ... on User { id } ... on User { name } } }");

    [Fact]
    public void Rejects_a_fragment_name_used_twice() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { id }
            fragment A on User { name }
            """,
            "There can be only one fragment named \"A\". (2:10, 3:10)");

    [Fact]
    public void Reports_each_repetition_against_the_first() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { ...A } }
            fragment A on User { id }
            fragment A on User { name }
            fragment A on User { email }
            """,
            "There can be only one fragment named \"A\". (2:10, 3:10)",
            "There can be only one fragment named \"A\". (2:10, 4:10)");
}
