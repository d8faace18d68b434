using LiveSales.Api.Tests.Infrastructure;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Api.Tests.BadInput;

/// <summary>Bad input gets a clear GraphQL error with its code, and changes nothing.</summary>
public sealed class BadInputTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private TestOrg Org => fixture.Org;

    [Theory]
    [InlineData("mutation { assignCustomer(id: \"ghost\", ownerId: \"rep-a1\") { id } }", "NOT_FOUND", "Customer 'ghost' does not exist.")]
    [InlineData("mutation { assignCustomer(id: \"seed-default\", ownerId: \"ghost\") { id } }", "NOT_FOUND", "User 'ghost' does not exist.")]
    [InlineData("mutation { createCustomer(input: {name: \"Lost\", poolId: \"ghost-pool\"}) { id } }", "NOT_FOUND", "Pool 'ghost-pool' does not exist.")]
    [InlineData("mutation { createCustomer(input: {name: \"Lost\", ownerId: \"ghost\"}) { id } }", "NOT_FOUND", "User 'ghost' does not exist.")]
    [InlineData("mutation { logFollowUp(input: {customerId: \"ghost\", channel: CALL, summary: \"Hello\"}) { id } }", "NOT_FOUND", "Customer 'ghost' does not exist.")]
    [InlineData("mutation { createOpportunity(input: {customerId: \"ghost\", name: \"Deal\", amount: 10}) { id } }", "NOT_FOUND", "Customer 'ghost' does not exist.")]
    [InlineData("mutation { createTeam(input: {name: \"T\", managerId: \"ghost\"}) { id } }", "NOT_FOUND", "User 'ghost' does not exist.")]
    [InlineData("mutation { createPool(input: {name: \"P\", teamIds: [\"ghost\"]}) { id } }", "NOT_FOUND", "Team 'ghost' does not exist.")]
    [InlineData("mutation { convertLead(id: \"ghost\") { id } }", "NOT_FOUND", "Lead 'ghost' does not exist.")]
    [InlineData("mutation { updatePoolRules(poolId: \"ghost\", rules: {}) { id } }", "NOT_FOUND", "Pool 'ghost' does not exist.")]
    [InlineData("mutation { revokeWallboardToken(id: \"ghost\") { id } }", "NOT_FOUND", "Wallboard token 'ghost' does not exist.")]
    [InlineData("mutation { claimCustomer(id: \"a/../b\") { id } }", "BAD_USER_INPUT", "'a/../b' is not a valid id for 'id'.")]
    [InlineData("mutation { createCustomer(input: {name: \"   \"}) { id } }", "BAD_USER_INPUT", null)]
    [InlineData("mutation { createUser(input: {email: \"REP-A1@api.livesales.test\", password: \"secret1\", name: \"Twin\", teamId: \"team-a\"}) { id } }", "CONFLICT", "A user with email 'REP-A1@api.livesales.test' exists already.")]
    [InlineData("mutation { createUser(input: {email: \"not-an-email\", password: \"secret1\", name: \"X\"}) { id } }", "BAD_USER_INPUT", "'not-an-email' is not an email address.")]
    [InlineData("mutation { createUser(input: {email: \"short@api.livesales.test\", password: \"123\", name: \"X\"}) { id } }", "BAD_USER_INPUT", null)]
    [InlineData("mutation { updatePoolRules(poolId: \"default\", rules: {returnAfterNoFollowUp: \"PT0S\"}) { id } }", "BAD_USER_INPUT", "returnAfterNoFollowUp must be between PT1S and P3650D.")]
    [InlineData("mutation { updatePoolRules(poolId: \"default\", rules: {remindBefore: [\"PT1.5S\"]}) { id } }", "BAD_USER_INPUT", "remindBefore must be whole seconds, not PT1.5S.")]
    [InlineData("mutation { updatePoolRules(poolId: \"default\", rules: {formerOwnerCooldown: \"P4000D\"}) { id } }", "BAD_USER_INPUT", "formerOwnerCooldown must be between PT1S and P3650D.")]
    [InlineData("mutation { createPool(input: {name: \"Bad\", rules: {claimLimitPerDay: -1}}) { id } }", "BAD_USER_INPUT", "claimLimitPerDay must be between 0 and 100000.")]
    [InlineData("mutation { createWallboardToken(input: {name: \"TV\", expiresIn: \"PT0S\"}) { id } }", "BAD_USER_INPUT", "expiresIn must be a positive duration.")]
    [InlineData("mutation { createOpportunity(input: {customerId: \"seed-a1\", name: \"Deal\", amount: 10, stage: \"DREAMING\"}) { id } }", "BAD_USER_INPUT", null)]
    [InlineData("mutation { setLeadStatus(id: \"ghost\", status: QUALIFIED) { id } }", "NOT_FOUND", "Lead 'ghost' does not exist.")]
    public async Task An_admins_bad_request_is_refused_with_its_code_and_changes_nothing(string mutation, string code, string? message)
    {
        var before = await fixture.SnapshotAsync();

        var response = await fixture.GraphQL.SendAsync(mutation, token: Org.Admin);

        Assert.Equal(code, response.ErrorCode);
        if (message is not null)
        {
            Assert.Equal(message, response.ErrorMessage);
        }

        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Theory]
    [InlineData("\"P1Y\"")]
    [InlineData("\"30 days\"")]
    [InlineData("30")]
    public async Task A_duration_that_is_not_ISO_8601_is_refused_before_anything_runs(string literal)
    {
        var before = await fixture.SnapshotAsync();

        var asVariable = await fixture.GraphQL.SendAsync(
            "mutation($r: PoolRulesInput!) { updatePoolRules(poolId: \"default\", rules: $r) { id } }",
            new { r = new Dictionary<string, object> { ["returnAfterNoFollowUp"] = System.Text.Json.JsonSerializer.Deserialize<object>(literal)! } },
            Org.Admin);
        var asLiteral = await fixture.GraphQL.SendAsync($"mutation {{ updatePoolRules(poolId: \"default\", rules: {{returnAfterNoFollowUp: {literal}}}) {{ id }} }}", token: Org.Admin);

        var variableError = Assert.Single(asVariable.Errors);
        Assert.Contains("Duration cannot represent", variableError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", variableError.GetProperty("extensions").GetProperty("code").GetString());
        var literalError = Assert.Single(asLiteral.Errors);
        Assert.Contains("Duration cannot represent", literalError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", literalError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task A_claim_over_the_daily_limit_is_CLAIM_LIMIT_REACHED_and_the_customer_stays_in_the_pool()
    {
        var pool = await fixture.GraphQL.DataAsync("mutation { createPool(input: {name: \"One a day\", rules: {claimLimitPerDay: 1}}) { id } }", token: Org.Admin);
        var poolId = pool.Text("createPool", "id")!;
        var (first, second) = (OrgFixture.NewId("limit"), OrgFixture.NewId("limit"));
        await fixture.PooledAsync(first, poolId);
        await fixture.PooledAsync(second, poolId);
        var rep = await NewRepAsync();

        await fixture.GraphQL.DataAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id = first }, rep);
        var before = await fixture.SnapshotAsync();
        var overLimit = await fixture.GraphQL.SendAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id = second }, rep);

        Assert.Equal("CLAIM_LIMIT_REACHED", overLimit.ErrorCode);
        Assert.Equal(before, await fixture.SnapshotAsync());
        var page = await fixture.GraphQL.DataAsync("query($p: ID!) { pool(id: $p) { customers { nodes { id } totalCount } } }", new { p = poolId }, Org.Admin);
        Assert.Equal([second], page.At("pool", "customers").Ids());
    }

    [Fact]
    public async Task Claiming_a_customer_someone_holds_is_ALREADY_OWNED_and_a_former_owner_waits_out_the_cooldown()
    {
        var id = OrgFixture.NewId("cooling");
        await fixture.PooledAsync(id, TestOrg.PoolA);
        var (holder, other) = (await NewRepAsync(), await NewRepAsync());
        await fixture.GraphQL.DataAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id }, holder);

        var taken = await fixture.GraphQL.SendAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id }, other);
        await fixture.GraphQL.DataAsync("mutation($id: ID!) { releaseCustomer(id: $id, reason: \"Not my region\") { inPool } }", new { id }, holder);
        var reclaim = await fixture.GraphQL.SendAsync("mutation($id: ID!) { claimCustomer(id: $id) { id } }", new { id }, holder);

        Assert.Equal("ALREADY_OWNED", taken.ErrorCode);
        Assert.Equal("COOLDOWN", reclaim.ErrorCode);
        var after = await fixture.GraphQL.DataAsync("query($id: ID!) { customer(id: $id) { inPool history { kind reason } } }", new { id }, Org.Admin);
        Assert.True(after.At("customer", "inPool").GetBoolean());
        Assert.Equal(["CLAIMED", "RELEASED"], after.At("customer", "history").EnumerateArray().Select(h => h.Text("kind")));
        Assert.Equal("Not my region", after.At("customer", "history")[1].Text("reason"));
    }

    [Fact]
    public async Task A_rep_who_sees_a_pooled_customer_but_does_not_own_it_gets_NOT_OWNER_for_changes()
    {
        var before = await fixture.SnapshotAsync();

        var response = await fixture.GraphQL.SendAsync("mutation { logFollowUp(input: {customerId: \"seed-pool-a\", channel: CALL, summary: \"Hi\"}) { id } }", token: Org.RepA1);

        Assert.Equal("NOT_OWNER", response.ErrorCode);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task Import_rows_with_missing_required_fields_are_refused_whole_and_nothing_is_imported()
    {
        var before = await fixture.SnapshotAsync();

        var response = await fixture.GraphQL.SendAsync(
            "mutation($rows: [CreateLeadInput!]!) { importLeads(input: {rows: $rows}) { created { row } errors { row message } } }",
            new { rows = new object[] { new { name = "Complete lead" }, new { company = "A row without a name" } } },
            Org.Admin);

        var error = Assert.Single(response.Errors);
        Assert.Contains("Field \"name\" of required type \"String!\" was not provided.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync());
    }

    [Fact]
    public async Task Import_reports_each_bad_row_and_creates_every_good_one()
    {
        var response = await fixture.GraphQL.DataAsync(
            "mutation($rows: [CreateLeadInput!]!) { importLeads(input: {rows: $rows}) { importId created { row lead { name pool { id } } } errors { row message } } }",
            new { rows = new object[] { new { name = "Good one", poolId = "default" }, new { name = "   " }, new { name = "Bad mail", email = "nope" }, new { name = "Good two", poolId = "default" } } },
            Org.Admin);

        var result = response.At("importLeads");
        Assert.Equal([1, 4], result.At("created").EnumerateArray().Select(c => c.At("row").GetInt32()));
        Assert.Equal(["Good one", "Good two"], result.At("created").EnumerateArray().Select(c => c.Text("lead", "name")));
        Assert.Equal([2, 3], result.At("errors").EnumerateArray().Select(e => e.At("row").GetInt32()));
        Assert.All(result.At("errors").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.Text("message"))));

        // The same import again (same id, same rows) creates nothing twice.
        var again = await fixture.GraphQL.DataAsync(
            "mutation($id: ID, $rows: [CreateLeadInput!]!) { importLeads(input: {importId: $id, rows: $rows}) { created { lead { id } } } }",
            new { id = result.Text("importId"), rows = new object[] { new { name = "Good one", poolId = "default" }, new { name = "   " }, new { name = "Bad mail", email = "nope" }, new { name = "Good two", poolId = "default" } } },
            Org.Admin);
        var leads = await fixture.GraphQL.DataAsync("{ leads(first: 500, where: {nameContains: \"Good \"}) { totalCount } }", token: Org.Admin);
        Assert.Equal(2, again.At("importLeads", "created").GetArrayLength());
        Assert.Equal(2, leads.At("leads", "totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ customers(first: -1) { totalCount } }", "first must not be negative.")]
    [InlineData("{ customers(first: 501) { totalCount } }", "first must be at most 500.")]
    [InlineData("{ customers(after: \"not-a-cursor!\") { totalCount } }", "The cursor is not valid.")]
    [InlineData("{ returningNext(after: \"c2VlZC1hMQ\") { totalCount } }", "The cursor does not belong to this list.")]
    public async Task Bad_paging_arguments_are_BAD_USER_INPUT(string query, string message)
    {
        var response = await fixture.GraphQL.SendAsync(query, token: Org.Admin);

        Assert.Equal("BAD_USER_INPUT", response.ErrorCode);
        Assert.Equal(message, response.ErrorMessage);
    }

    private async Task<string> NewRepAsync()
    {
        var id = OrgFixture.NewId("rep");
        await Org.Grains.GetGrain<IUserGrain>(id).CreateAsync(Actor.System, new CreateUserInput { Email = TestOrg.Email(id), Password = "pw-" + id, Name = id, TeamId = TestOrg.TeamA });
        return await fixture.Host.TokenAsync(TestOrg.Email(id), "pw-" + id);
    }
}
