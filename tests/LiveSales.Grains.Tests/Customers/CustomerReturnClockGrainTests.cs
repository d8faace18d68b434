using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Customers;

/// <summary>The return clock of a real customer grain: durable reminder, alerts, ownership history.</summary>
public class CustomerReturnClockGrainTests
{
    private static readonly TimeSpan s_day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Assigned_customer_is_warned_at_T_minus_3d_and_T_minus_1d_and_returned_at_T()
    {
        await using var sales = await SalesCluster.StartAsync();
        var createdAt = sales.Time.GetUtcNow();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        await sales.AdvanceAsync(27 * s_day);
        await sales.AdvanceAsync(2 * s_day);
        await sales.AdvanceAsync(s_day);

        var customer = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin);
        Assert.Null(customer.OwnerId);
        Assert.True(customer.InPool);
        Assert.Equal(PoolIds.Default, customer.PoolId);
        var returned = customer.History[^1];
        Assert.Equal((OwnershipChangeKind.Returned, "rep-a1", (string?)null, ReturnRuleNames.NoFollowUp, createdAt + (30 * s_day)), (returned.Kind, returned.FromUserId, returned.ToUserId, returned.Rule, returned.At));
        Assert.Equal($"No follow-up for P30D (since {createdAt:u}).", returned.Reason);

        var alerts = (await sales.AlertsAsync("rep-a1")).Where(a => a.Kind != AlertKind.Assigned).ToList();
        Assert.Equal(
            [
                (AlertKind.ReturnWarning, createdAt + (27 * s_day)),
                (AlertKind.ReturnWarning, createdAt + (29 * s_day)),
                (AlertKind.ReturnedToPool, createdAt + (30 * s_day)),
            ],
            alerts.Select(a => (a.Kind, a.At)));
        Assert.All(alerts, a => Assert.Equal("c1", a.CustomerId));
        Assert.Equal("Customer c1 returns to pool 'Public pool' at " + (createdAt + (30 * s_day)).ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " (in 3 days) unless you follow up.", alerts[0].Message);
        Assert.Contains(await sales.EventsAsync(), e => e is CustomerPoolChanged { CustomerId: "c1", Change: PoolChangeKind.Added, PoolId: PoolIds.Default });
    }

    [Fact]
    public async Task Follow_up_at_T_minus_2d_moves_the_clock()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.AdvanceAsync(28 * s_day);
        var followUpAt = sales.Time.GetUtcNow();

        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "Renewal call" });
        await sales.AdvanceAsync(2 * s_day);

        var customer = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1);
        Assert.Equal("rep-a1", customer.OwnerId);
        Assert.Equal(followUpAt, customer.LastFollowUpAt);
        Assert.Equal(followUpAt + (30 * s_day), customer.ReturnsToPoolAt);
    }

    [Fact]
    public async Task Reminder_delivered_again_returns_the_customer_once()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("quick", new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6), RemindBefore = [] });
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1", poolId: "quick");
        await sales.AdvanceAsync(TimeSpan.FromSeconds(6));

        await sales.Get<ICustomerGrain>("c1").ReceiveReminder(CustomerGrainClockName, new Runtime.TickStatus(sales.Time.GetUtcNow(), null, sales.Time.GetUtcNow()));

        var customer = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin);
        Assert.Single(customer.History, h => h.Kind == OwnershipChangeKind.Returned);
        Assert.Single(await sales.AlertsAsync("rep-a1"), a => a.Kind == AlertKind.ReturnedToPool);
    }

    [Fact]
    public async Task Pool_rule_of_six_seconds_warns_then_returns_after_six_seconds()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("quick", new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromSeconds(6), RemindBefore = [TimeSpan.FromSeconds(2)] });
        var start = sales.Time.GetUtcNow();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1", poolId: "quick");

        for (var second = 0; second < 8; second++)
        {
            await sales.AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        var alerts = (await sales.AlertsAsync("rep-a1")).Where(a => a.Kind != AlertKind.Assigned);
        Assert.Equal([(AlertKind.ReturnWarning, start.AddSeconds(4)), (AlertKind.ReturnedToPool, start.AddSeconds(6))], alerts.Select(a => (a.Kind, a.At)));
    }

    [Fact]
    public async Task Locked_customer_never_returns()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        var locked = await sales.Get<ICustomerGrain>("c1").SetLockedAsync(sales.ManagerA, true);
        await sales.AdvanceAsync(60 * s_day);

        Assert.Null(locked.ReturnsToPoolAt);
        Assert.Equal("rep-a1", (await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1)).OwnerId);
        Assert.DoesNotContain(await sales.AlertsAsync("rep-a1"), a => a.Kind is AlertKind.ReturnWarning or AlertKind.ReturnedToPool);
    }

    [Fact]
    public async Task Winning_an_opportunity_marks_the_customer_won_and_exempts_it()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.Get<IOpportunityGrain>("o1").CreateAsync(sales.RepA1, new CreateOpportunityInput { CustomerId = "c1", Name = "Fleet deal", Amount = 50_000m });

        await sales.Get<IOpportunityGrain>("o1").WinAsync(sales.RepA1);
        await sales.AdvanceAsync(90 * s_day);

        var customer = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1);
        Assert.True(customer.Won);
        Assert.Null(customer.ReturnsToPoolAt);
        Assert.Equal("rep-a1", customer.OwnerId);
        Assert.Empty(customer.OpenOpportunityIds);
        Assert.Contains(await sales.EventsAsync(), e => e is CustomerWon { CustomerId: "c1", OpportunityId: "o1" });
    }

    [Fact]
    public async Task Open_opportunity_exempts_when_the_pool_says_so()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("deals", PoolRules.Default with { ExemptOpenOpportunity = true });
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1", poolId: "deals");

        await sales.Get<IOpportunityGrain>("o1").CreateAsync(sales.RepA1, new CreateOpportunityInput { CustomerId = "c1", Name = "Pilot", Amount = 1_000m });
        var exempt = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1);
        await sales.Get<IOpportunityGrain>("o1").LoseAsync(sales.RepA1, "Budget cut");
        var again = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1);

        Assert.Equal(["o1"], exempt.OpenOpportunityIds);
        Assert.Null(exempt.ReturnsToPoolAt);
        Assert.NotNull(again.ReturnsToPoolAt);
    }

    [Fact]
    public async Task Shorter_pool_rules_reach_every_owned_customer_of_the_pool()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("p1", PoolRules.Default);
        var start = sales.Time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            await sales.CreateCustomerAsync("c" + i, sales.ManagerA, ownerId: "rep-a1", poolId: "p1");
        }

        await sales.Get<IPoolGrain>("p1").UpdateRulesAsync(sales.Admin, new PoolRules { ReturnAfterNoFollowUp = TimeSpan.FromHours(1), RemindBefore = [] });
        await sales.AdvanceAsync(TimeSpan.Zero);
        await sales.AdvanceAsync(TimeSpan.FromHours(1));

        for (var i = 0; i < 3; i++)
        {
            var customer = await sales.Get<ICustomerGrain>("c" + i).GetAsync(sales.Admin);
            Assert.True(customer.InPool);
            Assert.Equal(start.AddHours(1), customer.History[^1].At);
        }
    }

    [Fact]
    public async Task Next_follow_up_time_alerts_the_owner_once()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        var due = sales.Time.GetUtcNow().AddHours(3);

        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Email, Summary = "Sent the quote", NextFollowUpAt = due });
        await sales.AdvanceAsync(TimeSpan.FromHours(3));
        await sales.AdvanceAsync(TimeSpan.FromHours(3));

        var alert = Assert.Single(await sales.AlertsAsync("rep-a1"), a => a.Kind == AlertKind.FollowUpDue);
        Assert.Equal((due, "c1"), (alert.At, alert.CustomerId));
    }

    private const string CustomerGrainClockName = "clock";
}
