using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Tests.Validation.Limits;

public sealed class MaxDepthRuleTests
{
    private static readonly ValidationRule s_rule = MaxDepthRule.Rule;
    private static readonly ValidationOptions s_depth3 = new() { MaxDepth = 3 };

    [Fact]
    public void Accepts_an_operation_at_the_limit() =>
        RuleAssert.Valid(s_rule, "{ me { team { name } } }", s_depth3);

    [Fact]
    public void Rejects_an_operation_nested_deeper_pointing_at_the_deepest_field() =>
        RuleAssert.Errors(
            s_rule,
            s_depth3,
            "query Q { me { id team { manager { name } } } }",
            "Query \"Q\" is nested 4 levels deep; the maximum depth is 3. (1:36)");

    [Fact]
    public void Counts_depth_through_fragments_and_inline_fragments() =>
        RuleAssert.Errors(
            s_rule,
            s_depth3,
            """
            { party(id: 1) { ... on Customer { ...Owner } } }
            fragment Owner on Customer { owner { team { name } } }
            """,
            "Anonymous query is nested 4 levels deep; the maximum depth is 3. (2:45)");

    [Fact]
    public void Does_not_count_introspection_fields() =>
        RuleAssert.Valid(s_rule, "{ __schema { types { fields { type { ofType { name } } } } } me { id } }", s_depth3);

    [Fact]
    public void Checks_each_operation_and_survives_fragment_cycles() =>
        RuleAssert.Errors(
            s_rule,
            s_depth3,
            """
            query A { me { id } }
            mutation B { claimCustomer(id: 1) { owner { manager { ...M } } } }
            fragment M on User { manager { ...M } }
            """,
            "Mutation \"B\" is nested 4 levels deep; the maximum depth is 3. (3:22)");

    [Fact]
    public void Is_off_without_a_maximum() =>
        RuleAssert.Valid(s_rule, "{ me { team { manager { team { manager { name } } } } } }");
}
