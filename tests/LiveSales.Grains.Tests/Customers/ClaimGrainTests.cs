using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Customers;

public class ClaimGrainTests
{
    private static async Task<ErrorCode> RefusalAsync(Func<Task> call) => (await Assert.ThrowsAsync<DomainException>(call)).Code;

    [Fact]
    public async Task Rep_claims_a_pool_customer_and_the_pool_loses_it()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: PoolIds.Default);

        var claimed = await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1);

        Assert.Equal(("rep-a1", "team-a", false), (claimed.OwnerId, claimed.OwnerTeamId, claimed.InPool));
        Assert.Equal((OwnershipChangeKind.Claimed, "rep-a1"), (claimed.History[^1].Kind, claimed.History[^1].ToUserId));
        Assert.Equal(sales.Time.GetUtcNow().AddDays(30), claimed.ReturnsToPoolAt);
        Assert.Contains(await sales.EventsAsync(), e => e is CustomerPoolChanged { CustomerId: "c1", Change: PoolChangeKind.Removed });
        Assert.Equal(1, await sales.Get<IUserGrain>("rep-a1").GetClaimsTodayAsync());
    }

    [Fact]
    public async Task Second_claim_is_ALREADY_OWNED()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: PoolIds.Default);
        await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1);

        Assert.Equal(ErrorCode.AlreadyOwned, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepB1)));
        Assert.Equal(0, await sales.Get<IUserGrain>("rep-b1").GetClaimsTodayAsync());
    }

    [Fact]
    public async Task Fifty_parallel_claims_have_exactly_one_winner_every_time()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        var reps = new List<GrainInterfaces.Security.Actor>();
        for (var i = 0; i < 50; i++)
        {
            reps.Add((await sales.CreateUserAsync($"rep-{i}", GrainInterfaces.Security.Role.Rep, null)).ToActor());
        }

        for (var round = 0; round < 10; round++)
        {
            var id = $"c{round}";
            await sales.CreateCustomerAsync(id, GrainInterfaces.Security.Actor.System, poolId: PoolIds.Default);
            var results = await Task.WhenAll(reps.Select(async rep =>
            {
                try
                {
                    await sales.Get<ICustomerGrain>(id).ClaimAsync(rep);
                    return rep.UserId;
                }
                catch (DomainException e) when (e.Code == ErrorCode.AlreadyOwned)
                {
                    return null;
                }
            }));

            var winner = Assert.Single(results, r => r is not null);
            Assert.Equal(winner, (await sales.Get<ICustomerGrain>(id).GetAsync(GrainInterfaces.Security.Actor.System)).OwnerId);
        }
    }

    [Fact]
    public async Task Two_silos_claiming_one_customer_leave_one_owner()
    {
        await using var sales = await SalesCluster.StartAsync(silos: 2);
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: PoolIds.Default);
        var first = sales.Cluster.Silos[0].GrainFactory.GetGrain<ICustomerGrain>("c1");
        var second = sales.Cluster.Silos[1].GrainFactory.GetGrain<ICustomerGrain>("c1");

        var outcomes = await Task.WhenAll(Attempt(() => first.ClaimAsync(sales.RepA1)), Attempt(() => second.ClaimAsync(sales.RepB1)));

        var winners = outcomes.Where(o => o is not null).ToList();
        var stored = await sales.Cluster.Silos[0].GrainFactory.GetGrain<ICustomerGrain>("c1").GetAsync(sales.Admin);
        Assert.Contains(stored.OwnerId, winners);
        Assert.Single(stored.History, h => h.Kind == OwnershipChangeKind.Claimed);

        static async Task<string?> Attempt(Func<Task<CustomerView>> claim)
        {
            try
            {
                return (await claim()).OwnerId;
            }
            catch (Exception e) when (e is DomainException or Runtime.InconsistentStateException)
            {
                return null;
            }
        }
    }

    [Fact]
    public async Task Rep_outside_the_pools_teams_gets_FORBIDDEN()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("pool-a", PoolRules.Default, "team-a");
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: "pool-a");

        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepB1)));
        Assert.Equal("rep-a1", (await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1)).OwnerId);
    }

    [Fact]
    public async Task Daily_limit_refuses_the_next_claim_until_the_next_UTC_day()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("p", PoolRules.Default with { ClaimLimitPerDay = 2 });
        for (var i = 0; i < 4; i++)
        {
            await sales.CreateCustomerAsync("c" + i, sales.Admin, poolId: "p");
        }

        await sales.Get<ICustomerGrain>("c0").ClaimAsync(sales.RepA1);
        await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1);
        var refused = await Assert.ThrowsAsync<DomainException>(() => sales.Get<ICustomerGrain>("c2").ClaimAsync(sales.RepA1));
        var unchanged = await sales.Get<ICustomerGrain>("c2").GetAsync(sales.Admin);
        await sales.AdvanceAsync(TimeSpan.FromHours(15));
        var nextDay = await sales.Get<ICustomerGrain>("c2").ClaimAsync(sales.RepA1);

        Assert.Equal(ErrorCode.ClaimLimitReached, refused.Code);
        Assert.Equal("CLAIM_LIMIT_REACHED", refused.ApiCode);
        Assert.True(unchanged.InPool);
        Assert.Null(unchanged.OwnerId);
        Assert.Equal("rep-a1", nextDay.OwnerId);
    }

    [Fact]
    public async Task Deactivated_rep_cannot_claim()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: PoolIds.Default);
        await sales.Get<IUserGrain>("rep-a1").SetActiveAsync(sales.Admin, false);

        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1)));
        Assert.True((await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin)).InPool);
    }

    [Fact]
    public async Task Holding_cap_is_HOLDING_LIMIT_REACHED()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("p", PoolRules.Default with { MaxOwnedPerRep = 1 });
        await sales.CreateCustomerAsync("c0", sales.Admin, poolId: "p");
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: "p");
        await sales.Get<ICustomerGrain>("c0").ClaimAsync(sales.RepA1);

        Assert.Equal(ErrorCode.HoldingLimitReached, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1)));
        Assert.Equal(1, await sales.Get<IUserGrain>("rep-a1").GetClaimsTodayAsync());
    }

    [Fact]
    public async Task Former_owner_waits_out_the_cooldown_but_others_do_not()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.Get<ICustomerGrain>("c1").ReleaseAsync(sales.RepA1, "Not a fit");

        Assert.Equal(ErrorCode.Cooldown, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1)));
        await sales.AdvanceAsync(TimeSpan.FromDays(7));
        Assert.Equal("rep-a1", (await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1)).OwnerId);
    }

    [Fact]
    public async Task Release_records_the_reason_and_puts_the_customer_back_in_its_pool()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        var released = await sales.Get<ICustomerGrain>("c1").ReleaseAsync(sales.RepA1, "Moved abroad");

        Assert.Equal((true, (string?)null, (DateTimeOffset?)null), (released.InPool, released.OwnerId, released.ReturnsToPoolAt));
        Assert.Equal((OwnershipChangeKind.Released, "rep-a1", "Moved abroad", "rep-a1"), (released.History[^1].Kind, released.History[^1].FromUserId, released.History[^1].Reason, released.History[^1].ByUserId));
    }

    [Fact]
    public async Task Rep_releasing_a_pool_customer_is_NOT_OWNER_and_another_reps_customer_is_FORBIDDEN()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("pooled", sales.Admin, poolId: PoolIds.Default);
        await sales.CreateCustomerAsync("owned", sales.ManagerA, ownerId: "rep-a1");

        Assert.Equal(ErrorCode.NotOwner, await RefusalAsync(() => sales.Get<ICustomerGrain>("pooled").ReleaseAsync(sales.RepA1, null)));
        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("owned").ReleaseAsync(sales.RepA2, null)));
        Assert.Equal("rep-a1", (await sales.Get<ICustomerGrain>("owned").GetAsync(sales.Admin)).OwnerId);
    }
}
