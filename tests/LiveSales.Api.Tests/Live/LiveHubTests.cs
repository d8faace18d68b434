using LiveSales.Api.Tests.Infrastructure;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Api.Tests.Live;

public sealed class LiveHubTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_connection_receives_its_own_users_alerts_and_no_one_elses()
    {
        await using var a1 = await _host.Hub(_org.RepA1).ConnectAsync();
        await using var a2 = await _host.Hub(_org.RepA2).ConnectAsync();

        await CreateOwnedAsync("for-a1", "rep-a1");
        await CreateOwnedAsync("for-a2", "rep-a2");
        await _host.WaitForEventFeedAsync();

        var first = await a1.NextAsync("alert");
        Assert.Equal("ASSIGNED", first.GetProperty("kind").GetString());
        Assert.Equal("for-a1", first.GetProperty("customerId").GetString());
        Assert.StartsWith("Customer for-a1 was assigned to you.", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-01-05T09:00:00+00:00", first.GetProperty("at").GetString());
        Assert.False(first.TryGetProperty("leadId", out _));

        // Pushes to one connection are in feed order: had rep-a1's alert reached rep-a2, it would come first.
        var second = await a2.NextAsync("alert");
        Assert.Equal("for-a2", second.GetProperty("customerId").GetString());
        Assert.False(a1.HasMessage("alert"));
    }

    [Fact]
    public async Task WatchPool_returns_the_first_page_then_pushes_every_change()
    {
        await CreatePooledAsync("waiting-1", TestOrg.PoolA);
        await _host.WaitForEventFeedAsync();
        await using var a1 = await _host.Hub(_org.RepA1).ConnectAsync();

        var page = await a1.InvokeAsync("WatchPool", TestOrg.PoolA);
        Assert.Equal(TestOrg.PoolA, page.GetProperty("poolId").GetString());
        Assert.Equal(["waiting-1"], page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("Customer waiting-1", page.GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        await CreatePooledAsync("waiting-2", TestOrg.PoolA);
        await _org.Grains.GetGrain<ICustomerGrain>("waiting-1").ClaimAsync(new Actor("rep-a2", Role.Rep, TestOrg.TeamA));
        await _host.WaitForEventFeedAsync();

        var added = await a1.NextAsync("poolChanged");
        Assert.Equal((TestOrg.PoolA, "waiting-2", "ADDED"), (added.GetProperty("poolId").GetString(), added.GetProperty("customerId").GetString(), added.GetProperty("change").GetString()));
        var removed = await a1.NextAsync("poolChanged");
        Assert.Equal((TestOrg.PoolA, "waiting-1", "REMOVED"), (removed.GetProperty("poolId").GetString(), removed.GetProperty("customerId").GetString(), removed.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task A_rep_cannot_watch_a_pool_it_is_not_in_and_gets_no_changes_of_it()
    {
        await using var b1 = await _host.Hub(_org.RepB1).ConnectAsync();

        var error = await Assert.ThrowsAsync<HubError>(() => b1.InvokeAsync("WatchPool", TestOrg.PoolA));
        Assert.Contains("FORBIDDEN: You are not a member of pool 'Pool A'.", error.Message, StringComparison.Ordinal);

        // Its own pool's changes still arrive, and the refused pool's never do (they would come first).
        await b1.InvokeAsync("WatchPool", PoolIds.Default);
        await CreatePooledAsync("in-pool-a", TestOrg.PoolA);
        await CreatePooledAsync("in-default", PoolIds.Default);
        await _host.WaitForEventFeedAsync();
        var change = await b1.NextAsync("poolChanged");
        Assert.Equal("in-default", change.GetProperty("customerId").GetString());
    }

    [Fact]
    public async Task Watching_an_unknown_or_malformed_pool_is_refused_with_its_code()
    {
        await using var a1 = await _host.Hub(_org.RepA1).ConnectAsync();

        var unknown = await Assert.ThrowsAsync<HubError>(() => a1.InvokeAsync("WatchPool", "no-such-pool"));
        var malformed = await Assert.ThrowsAsync<HubError>(() => a1.InvokeAsync("WatchPool", "../etc"));

        Assert.Contains("NOT_FOUND: Pool 'no-such-pool' does not exist.", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("BAD_USER_INPUT:", malformed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_without_a_valid_token_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => _host.Hub("ls_not-a-real-token-at-all-000000000").ConnectAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => _host.Hub("").ConnectAsync());
    }

    [Fact]
    public async Task Deactivating_a_user_closes_its_live_connections_at_once()
    {
        await using var a1 = await _host.Hub(_org.RepA1).ConnectAsync();

        await _org.Grains.GetGrain<IUserGrain>("rep-a1").SetActiveAsync(Actor.System, false);
        await _host.WaitForEventFeedAsync();

        await a1.Closed.WaitAsync(TimeSpan.FromSeconds(20));
        await Assert.ThrowsAnyAsync<Exception>(() => _host.Hub(_org.RepA1).ConnectAsync());
    }

    private Task<CustomerView> CreateOwnedAsync(string id, string ownerId) =>
        _org.Grains.GetGrain<ICustomerGrain>(id).CreateAsync(new Actor("mgr-a", Role.Manager, TestOrg.TeamA), new CreateCustomerInput { Name = "Customer " + id, OwnerId = ownerId });

    private Task<CustomerView> CreatePooledAsync(string id, string poolId) =>
        _org.Grains.GetGrain<ICustomerGrain>(id).CreateAsync(Actor.System, new CreateCustomerInput { Name = "Customer " + id, PoolId = poolId });
}
