using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Customers;

namespace LiveSales.Grains.Tests.Customers;

public class ReturnClockLifecycleTests
{
    private static readonly TimeSpan s_day = TimeSpan.FromDays(1);

    [Fact]
    public void Assigned_customer_is_warned_at_T_minus_3d_and_T_minus_1d_and_returned_at_T()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        var assignedAt = harness.Now;
        harness.Assign("rep-1");

        harness.Clock.Advance(40 * s_day);

        Assert.Equal(
            [
                (ClockActionKind.ReturnWarning, assignedAt + (27 * s_day)),
                (ClockActionKind.ReturnWarning, assignedAt + (29 * s_day)),
                (ClockActionKind.Return, assignedAt + (30 * s_day)),
            ],
            harness.Fired);
        Assert.Null(harness.Facts.OwnerId);
    }

    [Fact]
    public void Nothing_fires_before_the_first_warning()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        harness.Assign("rep-1");

        harness.Clock.Advance((27 * s_day) - TimeSpan.FromSeconds(1));

        Assert.Empty(harness.Fired);
        Assert.Equal(0, harness.Ticks);
    }

    [Fact]
    public void Follow_up_at_T_minus_2d_moves_the_clock_and_warnings_start_afresh()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        var assignedAt = harness.Now;
        harness.Assign("rep-1");
        harness.Clock.Advance(28 * s_day);
        var followUpAt = harness.Now;

        harness.FollowUp();
        harness.Clock.Advance(40 * s_day);

        Assert.Equal(
            [
                (ClockActionKind.ReturnWarning, assignedAt + (27 * s_day)),
                (ClockActionKind.ReturnWarning, followUpAt + (27 * s_day)),
                (ClockActionKind.ReturnWarning, followUpAt + (29 * s_day)),
                (ClockActionKind.Return, followUpAt + (30 * s_day)),
            ],
            harness.Fired);
    }

    [Fact]
    public void Won_customer_is_exempt_and_never_returns()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        harness.Assign("rep-1");
        harness.Clock.Advance(10 * s_day);

        harness.Change(f => f with { Won = true, LastDealAt = harness.Now });
        harness.Clock.Advance(400 * s_day);

        Assert.Empty(harness.Fired);
        Assert.Equal("rep-1", harness.Facts.OwnerId);
    }

    [Fact]
    public void Won_customer_returns_when_the_pool_does_not_exempt_won_customers()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default with { ExemptWon = false, RemindBefore = [] });
        var assignedAt = harness.Now;
        harness.Assign("rep-1");

        harness.Change(f => f with { Won = true, LastDealAt = harness.Now });
        harness.Clock.Advance(31 * s_day);

        Assert.Equal([(ClockActionKind.Return, assignedAt + (30 * s_day))], harness.Fired);
    }

    [Fact]
    public void Locked_customer_never_returns_and_unlocking_restarts_nothing_that_was_missed()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        var assignedAt = harness.Now;
        harness.Assign("rep-1");
        harness.Change(f => f with { Locked = true });

        harness.Clock.Advance(100 * s_day);
        Assert.Empty(harness.Fired);

        harness.Change(f => f with { Locked = false });
        harness.Clock.Advance(TimeSpan.Zero);

        // Unlocked long after the deadline: the customer returns at once, without stale warnings.
        Assert.Equal([(ClockActionKind.Return, assignedAt + (100 * s_day))], harness.Fired);
    }

    [Fact]
    public void Open_opportunity_exempts_only_when_the_pool_says_so()
    {
        using var exempting = new ReturnClockHarness(PoolRules.Default with { ExemptOpenOpportunity = true });
        exempting.Assign("rep-1");
        exempting.Change(f => f with { HasOpenOpportunity = true });
        exempting.Clock.Advance(60 * s_day);

        using var defaults = new ReturnClockHarness(PoolRules.Default);
        defaults.Assign("rep-1");
        defaults.Change(f => f with { HasOpenOpportunity = true });
        defaults.Clock.Advance(60 * s_day);

        Assert.Empty(exempting.Fired);
        Assert.Equal(ClockActionKind.Return, defaults.Fired[^1].Kind);
    }

    [Fact]
    public void Closing_the_open_opportunity_restarts_the_exempt_clock_from_the_last_follow_up()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default with { ExemptOpenOpportunity = true, RemindBefore = [] });
        harness.Assign("rep-1");
        harness.Change(f => f with { HasOpenOpportunity = true });
        harness.Clock.Advance(20 * s_day);
        harness.FollowUp();
        var followUpAt = harness.Now;
        harness.Clock.Advance(5 * s_day);

        harness.Change(f => f with { HasOpenOpportunity = false });
        harness.Clock.Advance(30 * s_day);

        Assert.Equal([(ClockActionKind.Return, followUpAt + (30 * s_day))], harness.Fired);
    }

    [Fact]
    public void Six_second_rule_warns_at_once_and_returns_after_six_seconds()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default with { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6) });
        var assignedAt = harness.Now;
        harness.Assign("rep-1");

        harness.Clock.Advance(TimeSpan.FromSeconds(10));

        // Both default warnings (3 days and 1 day before) would precede the assignment: one warning, at the start.
        Assert.Equal(
            [(ClockActionKind.ReturnWarning, assignedAt), (ClockActionKind.Return, assignedAt + TimeSpan.FromSeconds(6))],
            harness.Fired);
    }

    [Fact]
    public void Six_second_rule_with_a_two_second_warning_fires_at_4s_and_6s()
    {
        using var harness = new ReturnClockHarness(new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6), RemindBefore = [TimeSpan.FromSeconds(2)] });
        var assignedAt = harness.Now;
        harness.Assign("rep-1");

        harness.Clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(
            [(ClockActionKind.ReturnWarning, assignedAt + TimeSpan.FromSeconds(4)), (ClockActionKind.Return, assignedAt + TimeSpan.FromSeconds(6))],
            harness.Fired);
    }

    [Fact]
    public void Tick_delivered_twice_warns_once()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        harness.Assign("rep-1");
        harness.Clock.Advance(27 * s_day);

        harness.Tick();
        harness.Tick();

        Assert.Equal([ClockActionKind.ReturnWarning], harness.Fired.Select(f => f.Kind));
    }

    [Fact]
    public void Tick_delivered_twice_returns_once()
    {
        using var harness = new ReturnClockHarness(new PoolRules { RemindBefore = [] });
        harness.Assign("rep-1");
        harness.Clock.Advance(30 * s_day);

        harness.Tick();

        Assert.Equal([ClockActionKind.Return], harness.Fired.Select(f => f.Kind));
    }

    [Fact]
    public void Late_tick_after_both_warning_times_sends_one_warning()
    {
        var rules = PoolRules.Default;
        var start = DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var facts = new ReturnFacts { OwnerId = "rep-1", OwnedSince = start };
        var deadline = ReturnRules.Deadline(facts, rules)!;

        var due = CustomerClock.Due(deadline, rules, null, ClockMarks.None, start + TimeSpan.FromDays(29.5));

        var warning = Assert.Single(due);
        Assert.Equal(ClockActionKind.ReturnWarning, warning.Kind);
        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(1)], warning.Warnings);
        Assert.Equal(start + TimeSpan.FromDays(30), CustomerClock.NextDue(deadline, rules, null, CustomerClock.MarkWarned(ClockMarks.None, deadline, warning.Warnings)));
    }

    [Fact]
    public void Next_follow_up_time_raises_follow_up_due_once_beside_the_return_clock()
    {
        using var harness = new ReturnClockHarness(PoolRules.Default);
        harness.Assign("rep-1");
        var dueAt = harness.Now + TimeSpan.FromHours(5);

        harness.FollowUp(next: dueAt);
        harness.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal([(ClockActionKind.FollowUpDue, dueAt)], harness.Fired);
    }

    [Fact]
    public void Claim_restarts_the_clock_for_the_new_owner()
    {
        using var harness = new ReturnClockHarness(new PoolRules { RemindBefore = [] });
        harness.Assign("rep-1");
        harness.Clock.Advance(30 * s_day);
        Assert.Null(harness.Facts.OwnerId);
        harness.Clock.Advance(5 * s_day);
        var claimedAt = harness.Now;

        harness.Assign("rep-2");
        harness.Clock.Advance(31 * s_day);

        Assert.Equal([ClockActionKind.Return, ClockActionKind.Return], harness.Fired.Select(f => f.Kind));
        Assert.Equal(claimedAt + (30 * s_day), harness.Fired[1].At);
    }
}
