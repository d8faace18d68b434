using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Tests.Validation.Limits;

public sealed class MaxAliasesRuleTests
{
    private static readonly ValidationRule s_rule = MaxAliasesRule.Rule;
    private static readonly ValidationOptions s_twoAliases = new() { MaxAliases = 2 };

    [Fact]
    public void Accepts_aliases_up_to_the_limit() =>
        RuleAssert.Valid(s_rule, "{ a: me { id } b: me { name } }", s_twoAliases);

    [Fact]
    public void Rejects_more_aliases_at_the_operation() =>
        RuleAssert.Errors(
            s_rule,
            s_twoAliases,
            "query Q { a: me { id } b: me { id } c: me { id } }",
            "Query \"Q\" uses 3 aliases; the maximum is 2. (1:1)");

    [Fact]
    public void Counts_a_fragment_s_aliases_once_per_spread() =>
        RuleAssert.Errors(
            s_rule,
            s_twoAliases,
            """
            { me { ...Names } boss: me { ...Names } }
            fragment Names on User { full: name }
            """,
            "Anonymous query uses 3 aliases; the maximum is 2. (1:1)");

    [Fact]
    public void Counts_each_operation_alone() =>
        RuleAssert.Valid(s_rule, "query A { a: me { id } b: me { id } }\nquery B { c: me { id } d: me { id } }", s_twoAliases);
}
