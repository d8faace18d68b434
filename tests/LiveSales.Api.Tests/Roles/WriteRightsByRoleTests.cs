using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Roles;

/// <summary>Who may change what through GraphQL; a refused change is FORBIDDEN and leaves everything as it was.</summary>
public sealed class WriteRightsByRoleTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private const string Customer = "query($id: ID!) { customer(id: $id) { inPool owner { id } history { kind } } }";

    private TestOrg Org => fixture.Org;

    [Fact]
    public async Task A_rep_cannot_claim_from_a_pool_it_is_not_in_and_the_customer_stays_there()
    {
        var id = OrgFixture.NewId("pooled");
        await fixture.PooledAsync(id, TestOrg.PoolA);

        var claim = await fixture.GraphQL.SendAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id }, Org.RepB1);

        Assert.Equal("FORBIDDEN", claim.ErrorCode);
        Assert.Equal("You are not a member of pool 'Pool A'.", claim.ErrorMessage);
        var after = await fixture.GraphQL.DataAsync(Customer, new { id }, Org.Admin);
        Assert.True(after.At("customer", "inPool").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.At("customer", "owner").ValueKind);
        Assert.Empty(after.At("customer", "history").EnumerateArray());
    }

    [Fact]
    public async Task A_rep_claims_from_its_own_pool()
    {
        var id = OrgFixture.NewId("pooled");
        await fixture.PooledAsync(id, TestOrg.PoolA);

        var claimed = await fixture.GraphQL.DataAsync("mutation($id: ID!) { claimCustomer(id: $id) { owner { id } inPool history { kind to { id } } } }", new { id }, Org.RepA2);

        Assert.Equal("rep-a2", claimed.Text("claimCustomer", "owner", "id"));
        Assert.False(claimed.At("claimCustomer", "inPool").GetBoolean());
        Assert.Equal("CLAIMED", claimed.At("claimCustomer", "history")[0].Text("kind"));
    }

    [Theory]
    [InlineData("rep-a1", "mutation { createPool(input: {name: \"Mine\"}) { id } }")]
    [InlineData("mgr-a", "mutation { createPool(input: {name: \"Mine\"}) { id } }")]
    [InlineData("rep-a1", "mutation { createTeam(input: {name: \"Mine\"}) { id } }")]
    [InlineData("rep-a1", "mutation { updatePoolRules(poolId: \"default\", rules: {claimLimitPerDay: 1}) { id } }")]
    [InlineData("mgr-a", "mutation { setAssignmentRules(input: {rules: []}) { fallbackPoolId } }")]
    [InlineData("rep-a1", "mutation { createUser(input: {email: \"x1@api.livesales.test\", password: \"secret1\", name: \"X\"}) { id } }")]
    [InlineData("mgr-a", "mutation { createUser(input: {email: \"x2@api.livesales.test\", password: \"secret1\", name: \"X\", teamId: \"team-b\"}) { id } }")]
    [InlineData("mgr-a", "mutation { createUser(input: {email: \"x3@api.livesales.test\", password: \"secret1\", name: \"X\", role: MANAGER, teamId: \"team-a\"}) { id } }")]
    [InlineData("rep-a1", "mutation { assignCustomer(id: \"seed-pool-a\", ownerId: \"rep-a1\") { id } }")]
    [InlineData("mgr-a", "mutation { assignCustomer(id: \"seed-b1\", ownerId: \"rep-a1\") { id } }")]
    [InlineData("rep-a1", "mutation { createWallboardToken(input: {name: \"Mine\"}) { id } }")]
    [InlineData("mgr-a", "mutation { createWallboardToken(input: {name: \"Mine\", teamId: \"team-b\"}) { id } }")]
    [InlineData("wallboard", "mutation { createCustomer(input: {name: \"Wall\"}) { id } }")]
    [InlineData("wallboard", "mutation { logFollowUp(input: {customerId: \"seed-a1\", channel: CALL, summary: \"hi\"}) { id } }")]
    [InlineData("wallboard", "mutation { claimCustomer(id: \"seed-default\") { id } }")]
    public async Task A_change_outside_the_roles_rights_is_FORBIDDEN_and_changes_nothing(string who, string mutation)
    {
        var before = await fixture.SnapshotAsync();

        var response = await fixture.GraphQL.SendAsync(mutation, token: Token(who));

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task A_manager_creates_reps_in_its_own_team()
    {
        var created = await fixture.GraphQL.DataAsync(
            "mutation { createUser(input: {email: \"new-rep@api.livesales.test\", password: \"secret1\", name: \"New Rep\", teamId: \"team-a\"}) { role team { id } active industries } }",
            token: Org.ManagerA);

        Assert.Equal("REP", created.Text("createUser", "role"));
        Assert.Equal(TestOrg.TeamA, created.Text("createUser", "team", "id"));
        Assert.True(created.At("createUser", "active").GetBoolean());
    }

    [Fact]
    public async Task Anonymous_callers_can_only_log_in()
    {
        var response = await fixture.GraphQL.SendAsync("mutation { createCustomer(input: {name: \"Nobody's\"}) { id } }");

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }

    private string? Token(string who) => who switch
    {
        "mgr-a" => Org.ManagerA,
        "rep-a1" => Org.RepA1,
        "wallboard" => fixture.Wallboard,
        _ => null,
    };
}
