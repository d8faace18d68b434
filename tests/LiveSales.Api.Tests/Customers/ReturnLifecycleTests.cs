using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Customers;

/// <summary>The return clock seen through the API and the hub, driven by the fake clock.</summary>
public sealed class ReturnLifecycleTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private TestOrg _org = null!;
    private string _poolId = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_host);
        var pool = await _host.GraphQL.DataAsync(
            "mutation { createPool(input: {name: \"Five seconds\", rules: {returnAfterNoFollowUp: \"PT5S\", remindBefore: [\"PT3S\"]}}) { id } }",
            token: _org.Admin);
        _poolId = pool.Text("createPool", "id")!;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_owner_is_warned_then_the_customer_returns_and_pool_watchers_see_it_arrive()
    {
        await using var owner = await _host.Hub(_org.RepA1).ConnectAsync();
        await using var watcher = await _host.Hub(_org.RepB1).ConnectAsync();
        await watcher.InvokeAsync("WatchPool", _poolId);
        var id = await CreateOwnedAsync("Clockwork Ltd");
        await _host.WaitForEventFeedAsync();
        Assert.Equal("ASSIGNED", (await owner.NextAsync("alert")).Text("kind"));

        await _host.AdvanceAsync(TimeSpan.FromSeconds(2));
        var warning = await owner.NextAsync("alert");
        await _host.AdvanceAsync(TimeSpan.FromSeconds(3));
        var returned = await owner.NextAsync("alert");
        var added = await watcher.NextAsync("poolChanged");

        Assert.Equal(("RETURN_WARNING", id), (warning.Text("kind"), warning.Text("customerId")));
        Assert.Equal("2026-01-05T09:00:02+00:00", warning.Text("at"));
        Assert.Equal(("RETURNED_TO_POOL", id), (returned.Text("kind"), returned.Text("customerId")));
        Assert.Equal((_poolId, id, "ADDED"), (added.Text("poolId"), added.Text("customerId"), added.Text("change")));
        var customer = await _host.GraphQL.DataAsync("query($id: ID!) { customer(id: $id) { inPool owner { id } history { kind from { id } reason } } }", new { id }, _org.Admin);
        Assert.True(customer.At("customer", "inPool").GetBoolean());
        var last = customer.At("customer", "history")[1];
        Assert.Equal(("RETURNED", "rep-a1"), (last.Text("kind"), last.Text("from", "id")));
        Assert.Contains("PT5S", last.Text("reason")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_moves_the_clock_and_sets_lastFollowUpAt_everywhere()
    {
        var id = await CreateOwnedAsync("Talkative Inc");
        var opportunity = await _host.GraphQL.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: {customerId: $c, name: \"Pilot\", amount: 1200.50}) { id stage probability status amount } }", new { c = id }, _org.RepA1);
        await _host.AdvanceAsync(TimeSpan.FromSeconds(4));

        var followUp = await _host.GraphQL.DataAsync(
            "mutation($c: ID!, $o: ID!) { logFollowUp(input: {customerId: $c, opportunityId: $o, channel: VISIT, summary: \"Site visit\", nextFollowUpAt: \"2026-01-06T09:00:00Z\"}) { at by { id } channel customer { lastFollowUpAt nextFollowUpAt returnsToPoolAt } opportunity { lastFollowUpAt } } }",
            new { c = id, o = opportunity.Text("createOpportunity", "id") }, _org.RepA1);

        var logged = followUp.At("logFollowUp");
        Assert.Equal(("INITIAL_CONTACT", 10, "OPEN", 1200.50m), (opportunity.Text("createOpportunity", "stage"), opportunity.At("createOpportunity", "probability").GetInt32(), opportunity.Text("createOpportunity", "status"), opportunity.At("createOpportunity", "amount").GetDecimal()));
        Assert.Equal(("2026-01-05T09:00:04Z", "rep-a1", "VISIT"), (logged.Text("at"), logged.Text("by", "id"), logged.Text("channel")));
        Assert.Equal("2026-01-05T09:00:04Z", logged.Text("customer", "lastFollowUpAt"));
        Assert.Equal("2026-01-06T09:00:00Z", logged.Text("customer", "nextFollowUpAt"));
        Assert.Equal("2026-01-05T09:00:09Z", logged.Text("customer", "returnsToPoolAt"));
        Assert.Equal("2026-01-05T09:00:04Z", logged.Text("opportunity", "lastFollowUpAt"));

        await _host.AdvanceAsync(TimeSpan.FromSeconds(2));
        var still = await _host.GraphQL.DataAsync("query($id: ID!) { customer(id: $id) { inPool followUps { totalCount edges { cursor node { summary } } } } }", new { id }, _org.RepA1);
        Assert.False(still.At("customer", "inPool").GetBoolean());
        Assert.Equal(1, still.At("customer", "followUps", "totalCount").GetInt32());
    }

    [Fact]
    public async Task A_won_customer_is_exempt_and_a_locked_one_never_returns()
    {
        var won = await CreateOwnedAsync("Happy Client");
        var locked = await CreateOwnedAsync("Key Account");
        var deal = await _host.GraphQL.DataAsync("mutation($c: ID!) { createOpportunity(input: {customerId: $c, name: \"Deal\", amount: 5000, stage: \"NEGOTIATION\"}) { id probability } }", new { c = won }, _org.RepA1);
        var win = await _host.GraphQL.DataAsync("mutation($o: ID!) { winOpportunity(id: $o) { status stage probability customer { won returnsToPoolAt } } }", new { o = deal.Text("createOpportunity", "id") }, _org.RepA1);
        var lockedView = await _host.GraphQL.DataAsync("mutation($c: ID!) { lockCustomer(id: $c) { locked returnsToPoolAt } }", new { c = locked }, _org.ManagerA);

        await _host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(75, deal.At("createOpportunity", "probability").GetInt32());
        Assert.Equal(("WON", "WON", 100), (win.Text("winOpportunity", "status"), win.Text("winOpportunity", "stage"), win.At("winOpportunity", "probability").GetInt32()));
        Assert.True(win.At("winOpportunity", "customer", "won").GetBoolean());
        Assert.True(lockedView.At("lockCustomer", "locked").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lockedView.At("lockCustomer", "returnsToPoolAt").ValueKind);
        var mine = await _host.GraphQL.DataAsync("{ customers(where: {inPool: false}) { nodes { id } } }", token: _org.RepA1);
        Assert.Equal(new[] { won, locked }.Order(), mine.At("customers").Ids().Order());
    }

    [Fact]
    public async Task What_returns_next_lists_a_reps_and_a_teams_customers_soonest_first()
    {
        var later = await CreateOwnedAsync("Later Ltd");
        await _host.AdvanceAsync(TimeSpan.FromSeconds(1));
        var sooner = await CreateOwnedAsync("Sooner Ltd", "rep-a2");
        await _host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await _host.GraphQL.DataAsync("mutation($c: ID!) { logFollowUp(input: {customerId: $c, channel: CALL, summary: \"Call\"}) { id } }", new { c = later }, _org.RepA1);

        var team = await _host.GraphQL.DataAsync("{ returningNext(teamId: \"team-a\") { nodes { id returnsToPoolAt } totalCount pageInfo { hasNextPage } } }", token: _org.ManagerA);
        var rep = await _host.GraphQL.DataAsync("{ returningNext(first: 1) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }", token: _org.RepA1);

        Assert.Equal([sooner, later], team.At("returningNext").Ids());
        Assert.Equal(2, team.At("returningNext", "totalCount").GetInt32());
        Assert.Equal(later, rep.At("returningNext", "edges")[0].Text("node", "id"));
        Assert.Equal(rep.At("returningNext", "edges")[0].Text("cursor"), rep.Text("returningNext", "pageInfo", "endCursor"));
        Assert.False(rep.At("returningNext", "pageInfo", "hasNextPage").GetBoolean());
    }

    private async Task<string> CreateOwnedAsync(string name, string ownerId = "rep-a1")
    {
        var created = await _host.GraphQL.DataAsync(
            "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }",
            new { input = new { name, ownerId, poolId = _poolId } }, _org.ManagerA);
        return created.Text("createCustomer", "id")!;
    }
}
