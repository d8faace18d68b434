using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Grains.Tests.Queries;

/// <summary>The SQL list queries over what real grains stored.</summary>
public class ListQueryTests
{
    private static async Task<SalesCluster> StartWithCustomersAsync()
    {
        var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("pool-a", PoolRules.Default, "team-a");
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c2", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c3", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c4", sales.ManagerA, ownerId: "rep-a2");
        await sales.CreateCustomerAsync("c5", sales.Admin, poolId: PoolIds.Default);
        await sales.CreateCustomerAsync("c6", sales.Admin, ownerId: "rep-b1");
        await sales.CreateCustomerAsync("c7", sales.Admin, poolId: "pool-a");
        return sales;
    }

    private static CustomerQueries Customers(SalesCluster sales) => sales.Services.GetRequiredService<CustomerQueries>();

    private static async Task<string[]> AllIdsAsync(SalesCluster sales, Actor actor, CustomerListFilter? filter = null) =>
        [.. (await Customers(sales).ListAsync(actor, filter ?? CustomerListFilter.None, 100, null)).Items.Select(c => c.Id)];

    [Fact]
    public async Task Rep_lists_its_own_customers_in_keyset_pages()
    {
        await using var sales = await StartWithCustomersAsync();

        var first = await Customers(sales).ListAsync(sales.RepA1, CustomerListFilter.None, 2, null);
        var second = await Customers(sales).ListAsync(sales.RepA1, CustomerListFilter.None, 2, first.EndCursor);

        Assert.Equal(["c1", "c2"], first.Items.Select(c => c.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(["c3"], second.Items.Select(c => c.Id));
        Assert.False(second.HasNextPage);
        Assert.Equal(3, await Customers(sales).CountAsync(sales.RepA1, CustomerListFilter.None));
    }

    [Fact]
    public async Task Each_role_lists_what_it_may_see()
    {
        await using var sales = await StartWithCustomersAsync();

        Assert.Equal(["c4"], await AllIdsAsync(sales, sales.RepA2));
        Assert.Equal(["c1", "c2", "c3", "c4"], await AllIdsAsync(sales, sales.ManagerA));
        Assert.Equal(["c1", "c2", "c3", "c4", "c5", "c6", "c7"], await AllIdsAsync(sales, sales.Admin));
        Assert.Empty(await AllIdsAsync(sales, new Actor("wall", Role.Wallboard, null)));
        Assert.Empty(await AllIdsAsync(sales, sales.RepA1, new CustomerListFilter { OwnerId = "rep-a2" }));
    }

    [Fact]
    public async Task Pool_page_shows_unowned_customers_to_members_only()
    {
        await using var sales = await StartWithCustomersAsync();
        var open = (await sales.Get<IPoolGrain>(PoolIds.Default).FindAsync())!;
        var teamPool = (await sales.Get<IPoolGrain>("pool-a").FindAsync())!;

        var page = await Customers(sales).PoolPageAsync(sales.RepB1, open, 10, null);
        var forbidden = await Assert.ThrowsAsync<DomainException>(() => Customers(sales).PoolPageAsync(sales.RepB1, teamPool, 10, null));

        Assert.Equal(["c5"], page.Items.Select(c => c.Id));
        Assert.Equal(ErrorCode.Forbidden, forbidden.Code);
        Assert.Equal(["c7"], (await Customers(sales).PoolPageAsync(sales.RepA1, teamPool, 10, null)).Items.Select(c => c.Id));
        Assert.Equal(1, await Customers(sales).CountInPoolAsync(sales.RepA1, teamPool));
    }

    [Fact]
    public async Task Claimed_customer_leaves_the_pool_page()
    {
        await using var sales = await StartWithCustomersAsync();
        var open = (await sales.Get<IPoolGrain>(PoolIds.Default).FindAsync())!;

        await sales.Get<ICustomerGrain>("c5").ClaimAsync(sales.RepB1);

        Assert.Empty((await Customers(sales).PoolPageAsync(sales.RepB1, open, 10, null)).Items);
        Assert.Equal(["c5", "c6"], await AllIdsAsync(sales, sales.RepB1));
    }

    [Fact]
    public async Task What_returns_next_is_soonest_first_and_pages_by_return_time()
    {
        await using var sales = await SalesCluster.StartAsync();
        var start = sales.Time.GetUtcNow();
        await sales.CreateCustomerAsync("a", sales.ManagerA, ownerId: "rep-a1");
        await sales.AdvanceAsync(TimeSpan.FromHours(1));
        await sales.CreateCustomerAsync("b", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c", sales.ManagerA, ownerId: "rep-a2");
        await sales.AdvanceAsync(TimeSpan.FromHours(1));
        await sales.Get<IFollowUpGrain>("f").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "a", Channel = Channel.Call, Summary = "Call" });

        var first = await Customers(sales).ReturningNextAsync(sales.ManagerA, null, "team-a", 2, null);
        var rest = await Customers(sales).ReturningNextAsync(sales.ManagerA, null, "team-a", 2, first.EndCursor);
        var repOnly = await Customers(sales).ReturningNextAsync(sales.RepA1, "rep-a1", null, 10, null);

        Assert.Equal(["b", "c"], first.Items.Select(c => c.Id));
        Assert.Equal(["a"], rest.Items.Select(c => c.Id));
        Assert.Equal(start.AddHours(2).AddDays(30), rest.Items[0].ReturnsToPoolAt);
        Assert.Equal(["b", "a"], repOnly.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Rows_carry_their_follow_up_count_but_not_the_follow_ups()
    {
        await using var sales = await StartWithCustomersAsync();
        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "One" });
        await sales.Get<IFollowUpGrain>("f2").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "Two" });

        var row = (await Customers(sales).ListAsync(sales.RepA1, CustomerListFilter.None, 1, null)).Items[0];

        Assert.Equal(("c1", 2), (row.Id, row.FollowUpCount));
    }

    [Fact]
    public async Task Filters_narrow_the_visible_rows()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<ICustomerGrain>("x1").CreateAsync(sales.Admin, new CreateCustomerInput { Name = "Northwind Traders", Region = "EU", OwnerId = "rep-a1" });
        await sales.Get<ICustomerGrain>("x2").CreateAsync(sales.Admin, new CreateCustomerInput { Name = "Contoso 100%", Region = "US", OwnerId = "rep-a1" });

        Assert.Equal(["x1"], await AllIdsAsync(sales, sales.Admin, new CustomerListFilter { Region = "eu" }));
        Assert.Equal(["x2"], await AllIdsAsync(sales, sales.Admin, new CustomerListFilter { NameContains = "100%" }));
        Assert.Equal(["x1"], await AllIdsAsync(sales, sales.Admin, new CustomerListFilter { NameContains = "wind" }));
    }

    [Fact]
    public async Task Cursor_from_elsewhere_is_BAD_USER_INPUT()
    {
        await using var sales = await StartWithCustomersAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Customers(sales).ListAsync(sales.RepA1, CustomerListFilter.None, 2, "%%%"));

        Assert.Equal(ErrorCode.BadUserInput, error.Code);
    }

    [Fact]
    public async Task Leads_list_by_status_and_owned_open_lead_counts()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.ManagerA, new CreateLeadInput { Name = "One", OwnerId = "rep-a1" });
        await sales.Get<ILeadGrain>("l2").CreateAsync(sales.ManagerA, new CreateLeadInput { Name = "Two", OwnerId = "rep-a1" });
        await sales.Get<ILeadGrain>("l2").SetStatusAsync(sales.RepA1, LeadStatus.Disqualified, "No budget");
        var leads = sales.Services.GetRequiredService<LeadQueries>();

        var assigned = await leads.ListAsync(sales.ManagerA, new LeadListFilter { Status = LeadStatus.Assigned }, 10, null);
        var counts = await leads.CountOpenOwnedAsync(["rep-a1", "rep-a2"]);

        Assert.Equal(["l1"], assigned.Items.Select(l => l.Id));
        Assert.Equal(new Dictionary<string, int> { ["rep-a1"] = 1 }, counts);
    }

    [Fact]
    public async Task Directory_lists_team_members_pools_and_visible_users()
    {
        await using var sales = await StartWithCustomersAsync();
        var directory = sales.Services.GetRequiredService<DirectoryQueries>();

        var users = await directory.ListUsersAsync(sales.RepA1, 10, null);
        var pools = await directory.ListPoolsAsync(sales.RepB1);

        Assert.Equal(["mgr-a", "rep-a1", "rep-a2"], users.Items.Select(u => u.Id));
        Assert.Equal([PoolIds.Default], pools.Select(p => p.Id));
        Assert.Equal(["default", "pool-a"], (await directory.ListPoolsAsync(sales.Admin)).Select(p => p.Id));
    }
}
