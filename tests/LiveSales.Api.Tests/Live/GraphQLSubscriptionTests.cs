using LiveSales.Api.Tests.Infrastructure;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Security;

namespace LiveSales.Api.Tests.Live;

/// <summary>Subscriptions over graphql-transport-ws: the same feed and the same policy as the hub.</summary>
public sealed class GraphQLSubscriptionTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private TestOrg Org => fixture.Org;

    [Fact]
    public async Task Alerts_stream_the_signed_in_users_alerts_with_a_token_in_connection_init()
    {
        var opened = fixture.Host.LiveSubscriptionsOpened;
        await using var ws = await GraphQLWsClient.ConnectAsync(fixture.Host.Server, new { Authorization = "Bearer " + Org.RepA2 });
        Assert.Equal("connection_ack", (await ws.NextMessageAsync()).Text("type"));
        var id = await ws.SubscribeAsync("subscription { alerts { kind message customerId customer { name owner { id } } } }");
        await fixture.Host.WaitForLiveSubscriptionsOpenedAsync(opened + 1);

        // rep-a1's alert first: had it reached rep-a2's stream, it would come before rep-a2's own.
        await fixture.OwnedAsync(OrgFixture.NewId("for-a1"), "rep-a1");
        var mine = OrgFixture.NewId("for-a2");
        await fixture.Org.Grains.GetGrain<ICustomerGrain>(mine).CreateAsync(new Actor("mgr-a", Role.Manager, TestOrg.TeamA), new CreateCustomerInput { Name = "Mine", OwnerId = "rep-a2" });
        await fixture.Host.WaitForEventFeedAsync();

        var next = await ws.NextMessageAsync();
        Assert.Equal(("next", id), (next.Text("type"), next.Text("id")));
        var alert = next.At("payload", "data", "alerts");
        Assert.Equal(("ASSIGNED", mine, "Mine", "rep-a2"), (alert.Text("kind"), alert.Text("customerId"), alert.Text("customer", "name"), alert.Text("customer", "owner", "id")));
    }

    [Fact]
    public async Task PoolChanged_streams_a_pools_changes_to_its_members_with_a_token_in_the_query_string()
    {
        var opened = fixture.Host.LiveSubscriptionsOpened;
        await using var ws = await GraphQLWsClient.ConnectAsync(fixture.Host.Server, accessToken: Org.RepA1);
        Assert.Equal("connection_ack", (await ws.NextMessageAsync()).Text("type"));
        await ws.SubscribeAsync("subscription { poolChanged(poolId: \"pool-a\") { poolId customerId change customer { name inPool } } }");
        await fixture.Host.WaitForLiveSubscriptionsOpenedAsync(opened + 1);

        var id = OrgFixture.NewId("arrives");
        await fixture.PooledAsync(id, TestOrg.PoolA);
        await fixture.Host.WaitForEventFeedAsync();

        var change = (await ws.NextMessageAsync()).At("payload", "data", "poolChanged");
        Assert.Equal((TestOrg.PoolA, id, "ADDED", true), (change.Text("poolId"), change.Text("customerId"), change.Text("change"), change.At("customer", "inPool").GetBoolean()));
    }

    [Fact]
    public async Task A_rep_cannot_subscribe_to_a_pool_it_is_not_in()
    {
        await using var ws = await GraphQLWsClient.ConnectAsync(fixture.Host.Server, new { token = Org.RepB1 });
        await ws.NextMessageAsync();

        var id = await ws.SubscribeAsync("subscription { poolChanged(poolId: \"pool-a\") { customerId } }");
        var error = await ws.NextMessageAsync();

        Assert.Equal(("error", id), (error.Text("type"), error.Text("id")));
        Assert.Equal("FORBIDDEN", error.At("payload")[0].Text("extensions", "code"));
    }

    [Fact]
    public async Task A_subscription_without_a_token_is_UNAUTHENTICATED_and_a_bad_token_is_refused_at_init()
    {
        await using var anonymous = await GraphQLWsClient.ConnectAsync(fixture.Host.Server);
        await anonymous.NextMessageAsync();
        await anonymous.SubscribeAsync("subscription { alerts { kind } }");
        var error = await anonymous.NextMessageAsync();

        await using var forged = await GraphQLWsClient.ConnectAsync(fixture.Host.Server, new { token = "ls_forged-token-forged-token-forged" });
        var refused = await forged.NextMessageAsync().ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.Text("type") : "closed", TaskScheduler.Default);

        Assert.Equal("UNAUTHENTICATED", error.At("payload")[0].Text("extensions", "code"));
        Assert.Equal("closed", refused);
        Assert.Equal(4403, (int?)forged.CloseStatus);
    }
}
