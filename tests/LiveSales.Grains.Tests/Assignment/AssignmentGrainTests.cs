using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Assignment;

public class AssignmentGrainTests
{
    private static readonly AssignmentSubject s_customer = new(AssignmentSubjectKind.Customer, "EU", null, null);

    [Fact]
    public async Task Round_robin_cursor_survives_the_grain_being_collected()
    {
        await using var sales = await SalesCluster.StartAsync();
        var assignment = sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey);
        await assignment.SetConfigAsync(sales.Admin, new AssignmentConfig { Rules = [new AssignmentRule { Id = "a", Name = "Team A", TeamId = "team-a" }] });

        var first = await assignment.DecideAsync(s_customer, []);
        sales.Time.Advance(TimeSpan.FromHours(1));
        await sales.Cluster.CollectIdleActivationsAsync();
        var second = await assignment.DecideAsync(s_customer, []);
        var third = await assignment.DecideAsync(s_customer, []);

        Assert.Equal(("rep-a1", "rep-a2", "rep-a1"), (first.OwnerId, second.OwnerId, third.OwnerId));
    }

    [Fact]
    public async Task Least_loaded_counts_the_customers_each_rep_holds()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c2", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c3", sales.ManagerA, ownerId: "rep-a2");
        var assignment = sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey);
        await assignment.SetConfigAsync(sales.Admin, new AssignmentConfig { Rules = [new AssignmentRule { Id = "a", Name = "Team A", TeamId = "team-a", Strategy = AssignmentStrategy.LeastLoaded }] });

        var decisions = await assignment.DecideManyAsync([s_customer, s_customer, s_customer]);

        // rep-a2 holds 1 and rep-a1 2: a2, then a tie at 2 each broken in turn (a1), then a2.
        Assert.Equal(["rep-a2", "rep-a1", "rep-a2"], decisions.Select(d => d.OwnerId));
    }

    [Fact]
    public async Task Away_rep_is_skipped_and_the_reason_says_so()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<GrainInterfaces.Users.IUserGrain>("rep-a1").SetAwayAsync(sales.RepA1, true);
        var assignment = sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey);
        await assignment.SetConfigAsync(sales.Admin, new AssignmentConfig { Rules = [new AssignmentRule { Id = "a", Name = "Team A", TeamId = "team-a" }] });

        var decision = await assignment.DecideAsync(s_customer, []);

        Assert.Equal("rep-a2", decision.OwnerId);
        Assert.Equal("Rule 'Team A' matched (matches everything); round-robin chose rep-a2; skipped rep-a1 (away).", decision.Reason);
    }

    [Fact]
    public async Task Rules_naming_unknown_users_or_pools_are_refused_and_only_admins_set_rules()
    {
        await using var sales = await SalesCluster.StartAsync();
        var assignment = sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey);

        var unknownUser = await Assert.ThrowsAsync<DomainException>(() => assignment.SetConfigAsync(sales.Admin, new AssignmentConfig { Rules = [new AssignmentRule { Id = "x", Name = "X", UserIds = ["ghost"] }] }));
        var unknownPool = await Assert.ThrowsAsync<DomainException>(() => assignment.SetConfigAsync(sales.Admin, new AssignmentConfig { FallbackPoolId = "nowhere" }));
        var byManager = await Assert.ThrowsAsync<DomainException>(() => assignment.SetConfigAsync(sales.ManagerA, AssignmentConfig.Empty));

        Assert.Equal((ErrorCode.NotFound, ErrorCode.NotFound, ErrorCode.Forbidden), (unknownUser.Code, unknownPool.Code, byManager.Code));
        Assert.Empty((await assignment.GetConfigAsync()).Rules);
    }

    [Fact]
    public async Task Customer_created_by_the_rules_records_the_decision_in_its_history()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey).SetConfigAsync(sales.Admin, new AssignmentConfig
        {
            Rules = [new AssignmentRule { Id = "b", Name = "Team B", TeamId = "team-b", Strategy = AssignmentStrategy.CapacityWeighted }],
        });

        var customer = await sales.CreateCustomerAsync("c1", Actor.System);

        Assert.Equal("rep-b1", customer.OwnerId);
        Assert.Equal((OwnershipChangeKind.Assigned, "b", "Rule 'Team B' matched (matches everything); capacity-weighted (0/100 held) chose rep-b1."), (customer.History[0].Kind, customer.History[0].Rule, customer.History[0].Reason));
    }
}
