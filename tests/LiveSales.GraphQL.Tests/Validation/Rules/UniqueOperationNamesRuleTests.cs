using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRule s_rule = UniqueOperationNamesRule.Rule;

    [Fact]
    public void Accepts_distinct_names_and_one_anonymous_operation() =>
        RuleAssert.Valid(s_rule, """
            query A { me { id } }
            mutation B { claimCustomer(id: 1) { id } }
            subscription C { alerts { kind } }
            """);

    [Fact]
    public void Accepts_a_fragment_named_like_an_operation() =>
        RuleAssert.Valid(s_rule, """
            query A { me { ...A } }
            fragment A on User { id }
            """);

    [Fact]
    public void Rejects_two_queries_with_one_name() =>
        RuleAssert.Errors(
            s_rule,
            """
            query A { me { id } }
            query A { me { name } }
            """,
            "There can be only one operation named \"A\". (1:7, 2:7)");

    [Fact]
    public void Rejects_operations_of_different_kinds_with_one_name() =>
        RuleAssert.Errors(
            s_rule,
            """
            query A { me { id } }
            mutation A { claimCustomer(id: 1) { id } }
            subscription A { alerts { kind } }
            """,
            "There can be only one operation named \"A\". (1:7, 2:10)",
            "There can be only one operation named \"A\". (1:7, 3:14)");
}
