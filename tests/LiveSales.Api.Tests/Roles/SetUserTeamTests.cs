using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Roles;

/// <summary><c>setUserTeam</c>: an admin moves a rep, and the rep's records move to the new team's manager.</summary>
public sealed class SetUserTeamTests : IAsyncLifetime
{
    private const string Move = "mutation($id: ID!, $teamId: ID) { setUserTeam(id: $id, teamId: $teamId) { id team { id } } }";

    private ApiHost _host = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _host = await ApiHost.StartAsync();
        _org = await TestOrg.CreateAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Moved_reps_customers_leads_and_opportunities_go_to_the_new_teams_manager()
    {
        var customer = (await _host.GraphQL.DataAsync(
            "mutation { createCustomer(input: {name: \"Moving Co\", ownerId: \"rep-a1\"}) { id } }", token: _org.Admin)).Text("createCustomer", "id")!;
        var lead = (await _host.GraphQL.DataAsync(
            "mutation { createLead(input: {name: \"Ola Berg\", company: \"Berg AB\", ownerId: \"rep-a1\"}) { id } }", token: _org.RepA1)).Text("createLead", "id")!;
        var opportunity = (await _host.GraphQL.DataAsync(
            "mutation($c: ID!) { createOpportunity(input: {customerId: $c, name: \"Fleet\", amount: 900}) { id } }", new { c = customer }, _org.RepA1)).Text("createOpportunity", "id")!;

        var moved = await _host.GraphQL.DataAsync(Move, new { id = "rep-a1", teamId = TestOrg.TeamB }, _org.Admin);
        await _host.DeliverDueRemindersAsync();

        Assert.Equal(("rep-a1", "team-b"), (moved.Text("setUserTeam", "id"), moved.Text("setUserTeam", "team", "id")));
        const string Lists = "query($c: ID!, $l: ID!, $o: ID!) { customer(id: $c) { id } lead(id: $l) { id } opportunity(id: $o) { id } "
            + "customers(first: 50) { nodes { id } } leads(first: 50) { nodes { id } } opportunities(first: 50) { nodes { id } } "
            + "returningNext(teamId: \"team-b\") { nodes { id } } }";
        var managerB = await _host.GraphQL.DataAsync(Lists, new { c = customer, l = lead, o = opportunity }, _org.ManagerB);
        Assert.Equal((customer, lead, opportunity), (managerB.Text("customer", "id"), managerB.Text("lead", "id"), managerB.Text("opportunity", "id")));
        Assert.Equal([customer], managerB.At("customers").Ids());
        Assert.Equal([lead], managerB.At("leads").Ids());
        Assert.Equal([opportunity], managerB.At("opportunities").Ids());
        Assert.Equal([customer], managerB.At("returningNext").Ids());
        var managerA = await _host.GraphQL.SendAsync("query($c: ID!) { customer(id: $c) { id } }", new { c = customer }, _org.ManagerA);
        Assert.Equal("FORBIDDEN", managerA.ErrorCode);
        var listsA = await _host.GraphQL.DataAsync(
            "{ customers(first: 50) { nodes { id } } leads(first: 50) { nodes { id } } opportunities(first: 50) { nodes { id } } returningNext(teamId: \"team-b\") { nodes { id } } }",
            token: _org.ManagerA);
        Assert.All(new[] { "customers", "leads", "opportunities", "returningNext" }, list => Assert.Empty(listsA.At(list).Ids()));
    }

    [Fact]
    public async Task Non_admins_are_FORBIDDEN_unknown_ids_NOT_FOUND_a_manager_CONFLICT_and_nothing_changes()
    {
        var before = await UsersAsync();

        var byManager = await _host.GraphQL.SendAsync(Move, new { id = "rep-a1", teamId = TestOrg.TeamB }, _org.ManagerA);
        var byRep = await _host.GraphQL.SendAsync(Move, new { id = "rep-a1", teamId = TestOrg.TeamB }, _org.RepA1);
        var unknownUser = await _host.GraphQL.SendAsync(Move, new { id = "nobody", teamId = TestOrg.TeamB }, _org.Admin);
        var unknownTeam = await _host.GraphQL.SendAsync(Move, new { id = "rep-a1", teamId = "no-such-team" }, _org.Admin);
        var manager = await _host.GraphQL.SendAsync(Move, new { id = "mgr-a", teamId = TestOrg.TeamB }, _org.Admin);
        await _host.DeliverDueRemindersAsync();

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (byManager.ErrorCode, byRep.ErrorCode));
        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (unknownUser.ErrorCode, unknownTeam.ErrorCode));
        Assert.Equal("CONFLICT", manager.ErrorCode);
        Assert.Equal(before, await UsersAsync());
    }

    private async Task<string> UsersAsync() =>
        (await _host.GraphQL.SendAsync("{ users(first: 50) { nodes { id team { id } } } }", token: _org.Admin)).Body;
}
