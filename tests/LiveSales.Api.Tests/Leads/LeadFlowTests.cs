using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Leads;

/// <summary>Leads through GraphQL: create, claim from a pool, assign, accept, qualify, convert.</summary>
public sealed class LeadFlowTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private TestOrg Org => fixture.Org;

    [Fact]
    public async Task A_lead_goes_from_the_pool_to_a_rep_and_converts_into_a_customer_with_an_opportunity()
    {
        var created = await fixture.GraphQL.DataAsync(
            "mutation { createLead(input: {name: \"Dana Buyer\", company: \"Dana Corp\", email: \"dana@example.com\", region: \"North\", source: \"Web\", poolId: \"pool-a\"}) { id status inPool owner { id } pool { id } } }",
            token: Org.ManagerA);
        var id = created.Text("createLead", "id");
        var claimed = await fixture.GraphQL.DataAsync("mutation($id: ID!) { claimLead(id: $id) { status owner { id } inPool } }", new { id }, Org.RepA1);
        var qualified = await fixture.GraphQL.DataAsync("mutation($id: ID!) { setLeadStatus(id: $id, status: QUALIFIED, reason: \"Budget confirmed\") { status log { action by { id } } } }", new { id }, Org.RepA1);
        var converted = await fixture.GraphQL.DataAsync(
            "mutation($id: ID!) { convertLead(id: $id, input: {createOpportunity: true, opportunityAmount: 9000}) { name owner { id } contacts { name email } lead { status customer { name } opportunity { amount stage owner { id } } } } }",
            new { id }, Org.RepA1);

        Assert.Equal(("NEW", true, TestOrg.PoolA), (created.Text("createLead", "status"), created.At("createLead", "inPool").GetBoolean(), created.Text("createLead", "pool", "id")));
        Assert.Equal(("rep-a1", false), (claimed.Text("claimLead", "owner", "id"), claimed.At("claimLead", "inPool").GetBoolean()));
        Assert.Equal("QUALIFIED", qualified.Text("setLeadStatus", "status"));
        var customer = converted.At("convertLead");
        Assert.Equal(("Dana Corp", "rep-a1"), (customer.Text("name"), customer.Text("owner", "id")));
        Assert.Equal(("Dana Buyer", "dana@example.com"), (customer.At("contacts")[0].Text("name"), customer.At("contacts")[0].Text("email")));
        Assert.Equal(("CONVERTED", "Dana Corp"), (customer.Text("lead", "status"), customer.Text("lead", "customer", "name")));
        Assert.Equal((9000m, "INITIAL_CONTACT", "rep-a1"), (customer.At("lead", "opportunity", "amount").GetDecimal(), customer.Text("lead", "opportunity", "stage"), customer.Text("lead", "opportunity", "owner", "id")));
    }

    [Fact]
    public async Task A_manager_assigns_a_lead_to_a_rep_who_is_told_and_accepts_it()
    {
        await using var hub = await fixture.Host.Hub(Org.RepA2).ConnectAsync();
        var lead = await fixture.GraphQL.DataAsync("mutation { createLead(input: {name: \"Assigned one\", poolId: \"default\"}) { id } }", token: Org.ManagerA);
        var id = lead.Text("createLead", "id");

        var assigned = await fixture.GraphQL.DataAsync("mutation($id: ID!) { assignLead(id: $id, ownerId: \"rep-a2\", reason: \"Speaks the language\") { status owner { id } acceptBy } }", new { id }, Org.ManagerA);
        await fixture.Host.WaitForEventFeedAsync();
        var alert = await hub.NextAsync("alert");
        var accepted = await fixture.GraphQL.DataAsync("mutation($id: ID!) { acceptLead(id: $id) { status acceptBy } }", new { id }, Org.RepA2);

        Assert.Equal(("ASSIGNED", "rep-a2"), (assigned.Text("assignLead", "status"), assigned.Text("assignLead", "owner", "id")));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, assigned.At("assignLead", "acceptBy").ValueKind);
        Assert.Equal(("LEAD_ASSIGNED", id), (alert.Text("kind"), alert.Text("leadId")));
        Assert.Equal("CONTACTED", accepted.Text("acceptLead", "status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, accepted.At("acceptLead", "acceptBy").ValueKind);
    }

    [Fact]
    public async Task Leads_lists_own_for_a_rep_team_for_a_manager_and_none_for_a_wallboard()
    {
        var mine = await fixture.GraphQL.DataAsync("mutation { createLead(input: {name: \"B1 lead\", ownerId: \"rep-b1\"}) { id } }", token: Org.RepB1);
        var id = mine.Text("createLead", "id")!;

        var rep = await fixture.GraphQL.DataAsync("{ leads(first: 500) { nodes { id } } }", token: Org.RepB1);
        var otherTeam = await fixture.GraphQL.DataAsync("{ leads(first: 500) { nodes { id } } }", token: Org.ManagerA);
        var ownTeam = await fixture.GraphQL.DataAsync("{ leads(first: 500, where: {ownerId: \"rep-b1\"}) { nodes { id } totalCount } }", token: Org.ManagerB);
        var wallboard = await fixture.GraphQL.DataAsync("{ leads { totalCount } }", token: fixture.Wallboard);

        Assert.Contains(id, rep.At("leads").Ids());
        Assert.DoesNotContain(id, otherTeam.At("leads").Ids());
        Assert.Equal([id], ownTeam.At("leads").Ids());
        Assert.Equal(0, wallboard.At("leads", "totalCount").GetInt32());
        Assert.Equal("FORBIDDEN", (await fixture.GraphQL.SendAsync("query($id: ID!) { lead(id: $id) { name } }", new { id }, Org.RepA1)).ErrorCode);
    }

    [Fact]
    public async Task Wallboard_tokens_are_listed_for_their_managers_and_admins_only()
    {
        var teamB = await fixture.GraphQL.DataAsync("mutation { createWallboardToken(input: {name: \"B floor\", expiresIn: \"P30D\"}) { id team { id } expiresAt createdBy { id } } }", token: Org.ManagerB);

        var forB = await fixture.GraphQL.DataAsync("{ wallboardTokens { name team { id } token } }", token: Org.ManagerB);
        var forA = await fixture.GraphQL.DataAsync("{ wallboardTokens { name } }", token: Org.ManagerA);
        var forAdmin = await fixture.GraphQL.DataAsync("{ wallboardTokens { name } }", token: Org.Admin);

        Assert.Equal((TestOrg.TeamB, "2026-02-04T09:00:00Z", "mgr-b"), (teamB.Text("createWallboardToken", "team", "id"), teamB.Text("createWallboardToken", "expiresAt"), teamB.Text("createWallboardToken", "createdBy", "id")));
        Assert.Equal("""[{"name":"B floor","team":{"id":"team-b"},"token":null}]""", forB.At("wallboardTokens").GetRawText());
        Assert.DoesNotContain("B floor", forA.At("wallboardTokens").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("B floor", forAdmin.At("wallboardTokens").GetRawText(), StringComparison.Ordinal);
        Assert.Empty((await fixture.GraphQL.DataAsync("{ wallboardTokens { name } }", token: Org.RepA1)).At("wallboardTokens").EnumerateArray());
    }
}
