using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Customers;

namespace LiveSales.Grains.Tests.Customers;

public class ReturnRulesTests
{
    private static readonly DateTimeOffset s_start = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    private static ReturnFacts Owned(Func<ReturnFacts, ReturnFacts>? change = null)
    {
        var facts = new ReturnFacts { OwnerId = "rep-1", OwnedSince = s_start };
        return change is null ? facts : change(facts);
    }

    [Fact]
    public void Default_rule_returns_30_days_after_assignment_without_follow_up()
    {
        var deadline = ReturnRules.Deadline(Owned(), PoolRules.Default);

        Assert.Equal(new ReturnDeadline(s_start.AddDays(30), ReturnRuleNames.NoFollowUp, TimeSpan.FromDays(30), s_start), deadline);
    }

    [Fact]
    public void Last_follow_up_starts_the_no_follow_up_clock()
    {
        var deadline = ReturnRules.Deadline(Owned(f => f with { LastFollowUpAt = s_start.AddDays(12) }), PoolRules.Default);

        Assert.Equal(s_start.AddDays(42), deadline!.At);
    }

    [Fact]
    public void Follow_up_before_the_current_owner_got_the_customer_does_not_shorten_its_clock()
    {
        var deadline = ReturnRules.Deadline(Owned(f => f with { LastFollowUpAt = s_start.AddDays(-20) }), PoolRules.Default);

        Assert.Equal(s_start.AddDays(30), deadline!.At);
    }

    [Fact]
    public void Unowned_customer_has_no_deadline() =>
        Assert.Null(ReturnRules.Deadline(new ReturnFacts(), PoolRules.Default));

    [Fact]
    public void Locked_customer_has_no_deadline() =>
        Assert.Null(ReturnRules.Deadline(Owned(f => f with { Locked = true }), PoolRules.Default with { ExemptWon = false }));

    [Fact]
    public void Rules_turned_off_give_no_deadline() =>
        Assert.Null(ReturnRules.Deadline(Owned(), PoolRules.Default with { ReturnAfterNoFollowUp = null }));

    [Fact]
    public void No_deal_rule_fires_first_when_it_is_shorter_than_the_follow_up_clock()
    {
        var rules = PoolRules.Default with { ReturnAfterNoDeal = TimeSpan.FromDays(20) };

        var deadline = ReturnRules.Deadline(Owned(f => f with { LastFollowUpAt = s_start.AddDays(10) }), rules);

        Assert.Equal(new ReturnDeadline(s_start.AddDays(20), ReturnRuleNames.NoDeal, TimeSpan.FromDays(20), s_start), deadline);
    }

    [Fact]
    public void No_deal_clock_counts_from_the_last_won_deal_when_won_customers_are_not_exempt()
    {
        var rules = new PoolRules { ReturnAfterNoFollowUp = null, ReturnAfterNoDeal = TimeSpan.FromDays(90), ExemptWon = false };

        var deadline = ReturnRules.Deadline(Owned(f => f with { Won = true, LastDealAt = s_start.AddDays(40) }), rules);

        Assert.Equal(s_start.AddDays(130), deadline!.At);
        Assert.Equal(ReturnRuleNames.NoDeal, deadline.Rule);
    }

    [Fact]
    public void Equal_deadlines_name_the_no_follow_up_rule()
    {
        var rules = PoolRules.Default with { ReturnAfterNoDeal = TimeSpan.FromDays(30) };

        Assert.Equal(ReturnRuleNames.NoFollowUp, ReturnRules.Deadline(Owned(), rules)!.Rule);
    }

    [Fact]
    public void Durations_to_the_second_are_honoured()
    {
        var rules = new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6) };

        Assert.Equal(s_start.AddSeconds(6), ReturnRules.Deadline(Owned(), rules)!.At);
    }

    [Fact]
    public void Description_names_the_rule_and_its_duration()
    {
        var text = ReturnRules.Describe(new ReturnDeadline(s_start.AddDays(30), ReturnRuleNames.NoFollowUp, TimeSpan.FromDays(30), s_start));

        Assert.Equal("No follow-up for P30D (since 2026-02-01 08:00:00Z).", text);
    }
}
