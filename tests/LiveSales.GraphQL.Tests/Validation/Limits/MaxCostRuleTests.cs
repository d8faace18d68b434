using LiveSales.GraphQL.Validation;
using LiveSales.GraphQL.Validation.Limits;

namespace LiveSales.GraphQL.Tests.Validation.Limits;

public sealed class MaxCostRuleTests
{
    private static readonly ValidationRule s_rule = MaxCostRule.Rule;

    private static void AssertCost(string document, long expected, int defaultListSize = 10)
    {
        var withinBudget = new ValidationOptions { MaxCost = (int)expected, DefaultListSize = defaultListSize };
        var belowBudget = withinBudget with { MaxCost = (int)expected - 1 };
        RuleAssert.Valid(s_rule, document, withinBudget);
        Assert.Contains($" costs {expected};", Assert.Single(RuleAssert.Validate(s_rule, document, belowBudget)).Message);
    }

    [Fact]
    public void Each_field_costs_one_and_typename_nothing() =>
        AssertCost("{ __typename me { id name team { name } } }", 5);

    [Fact]
    public void A_list_field_multiplies_its_selection_by_the_default_list_size() =>
        AssertCost("{ customer(id: 1) { history { at kind } contacts { name } } }", 1 + (1 + (10 * 2)) + (1 + (10 * 1)));

    [Fact]
    public void The_default_list_size_is_configurable() =>
        AssertCost("{ customer(id: 1) { history { at } } }", 1 + (1 + (3 * 1)), defaultListSize: 3);

    [Fact]
    public void First_or_last_gives_the_page_size_and_inner_lists_are_that_page() =>
        AssertCost("{ customer(id: 1) { followUps(first: 50) { edges { node { id } } totalCount } } }", 1 + (1 + (50 * ((1 + (1 + 1)) + 1))));

    [Fact]
    public void An_argument_default_page_size_counts_when_none_is_given() =>
        AssertCost("{ customers { id name } me { reports { id } } }", 1 + (20 * 2) + 1 + (1 + (10 * 1)));

    [Fact]
    public void A_variable_page_size_counts_as_its_default() =>
        AssertCost("query Q($n: Int = 5) { customers(first: $n) { id } }", 1 + 5);

    [Fact]
    public void A_variable_page_size_without_default_counts_as_the_argument_default() =>
        AssertCost("query Q($n: Int) { customers(first: $n) { id } }", 1 + 20);

    [Fact]
    public void Fragments_count_once_per_spread() =>
        AssertCost("{ me { ...F } boss: me { ...F } }\nfragment F on User { id name }", 2 * (1 + 2));

    [Fact]
    public void Rejects_an_expensive_operation_with_its_cost() =>
        RuleAssert.Errors(
            s_rule,
            new ValidationOptions { MaxCost = 1000 },
            "query Big { customers(first: 100) { followUps(first: 100) { nodes { id } } } }",
            "Query \"Big\" costs 20101; the maximum cost is 1000. (1:1)");

    [Fact]
    public void Huge_page_sizes_saturate_instead_of_overflowing() =>
        RuleAssert.Errors(
            s_rule,
            new ValidationOptions { MaxCost = int.MaxValue },
            "{ customers(first: 2147483647) { followUps(first: 2147483647) { nodes { followUps: id } } } c: customers(first: 99999999999999999999) { id } }",
            "Anonymous query costs 1000000000000000; the maximum cost is 2147483647. (1:1)");
}
