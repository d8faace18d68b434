using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Rules;

namespace LiveSales.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRule s_rule = LoneAnonymousOperationRule.Rule;

    [Fact]
    public void Accepts_one_anonymous_operation_with_fragments() =>
        RuleAssert.Valid(s_rule, """
            { me { ...F } }
            fragment F on User { id }
            """);

    [Fact]
    public void Accepts_several_named_operations() =>
        RuleAssert.Valid(s_rule, """
            query A { me { id } }
            query B { me { id } }
            """);

    [Fact]
    public void Rejects_an_anonymous_operation_beside_a_named_one() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            query B { me { id } }
            """,
            "This anonymous operation must be the only defined operation. (1:1)");

    [Fact]
    public void Rejects_every_anonymous_operation_of_several() =>
        RuleAssert.Errors(
            s_rule,
            """
            { me { id } }
            mutation { claimCustomer(id: 1) { id } }
            """,
            "This anonymous operation must be the only defined operation. (1:1)",
            "This anonymous operation must be the only defined operation. (2:1)");
}
