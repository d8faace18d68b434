using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Roles;

/// <summary>What each role reads through GraphQL: admin all, manager its team, rep its own and its pools, wallboard none, anonymous nothing.</summary>
public sealed class VisibilityByRoleTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private const string Customers = "{ customers(first: 500) { nodes { id } } }";

    private TestOrg Org => fixture.Org;

    private string Wallboard => fixture.Wallboard;

    [Fact]
    public async Task Customers_lists_all_for_an_admin_the_team_for_a_manager_and_own_for_a_rep()
    {
        Assert.Equal(["seed-a1", "seed-a2", "seed-b1", "seed-default", "seed-pool-a"], await SeededVisibleAsync(Org.Admin));
        Assert.Equal(["seed-a1", "seed-a2"], await SeededVisibleAsync(Org.ManagerA));
        Assert.Equal(["seed-b1"], await SeededVisibleAsync(Org.ManagerB));
        Assert.Equal(["seed-a1"], await SeededVisibleAsync(Org.RepA1));
        Assert.Equal(["seed-b1"], await SeededVisibleAsync(Org.RepB1));
        Assert.Empty((await fixture.GraphQL.DataAsync(Customers, token: Wallboard)).At("customers").Ids());
        Assert.Equal("UNAUTHENTICATED", (await fixture.GraphQL.SendAsync(Customers)).ErrorCode);
    }

    [Theory]
    [InlineData("rep-a1", "seed-a1", null)]
    [InlineData("rep-a1", "seed-a2", "FORBIDDEN")]
    [InlineData("rep-a1", "seed-b1", "FORBIDDEN")]
    [InlineData("rep-a1", "seed-pool-a", null)]
    [InlineData("rep-b1", "seed-pool-a", "FORBIDDEN")]
    [InlineData("rep-b1", "seed-default", null)]
    [InlineData("mgr-a", "seed-a2", null)]
    [InlineData("mgr-a", "seed-b1", "FORBIDDEN")]
    [InlineData("admin", "seed-b1", null)]
    [InlineData("wallboard", "seed-a1", "FORBIDDEN")]
    [InlineData("anonymous", "seed-a1", "UNAUTHENTICATED")]
    public async Task Reading_one_customer_follows_the_policy(string who, string customerId, string? code)
    {
        var response = await fixture.GraphQL.SendAsync("query($id: ID!) { customer(id: $id) { id name } }", new { id = customerId }, Token(who));

        if (code is null)
        {
            Assert.Empty(response.Errors);
            Assert.Equal(customerId, response.Data.Text("customer", "id"));
        }
        else
        {
            Assert.Equal(code, response.ErrorCode);
            Assert.DoesNotContain(customerId, response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rep_reading_another_reps_customer_gets_FORBIDDEN()
    {
        var response = await fixture.GraphQL.SendAsync("{ customer(id: \"seed-a2\") { name owner { name } } }", token: Org.RepA1);

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal("You may not see this customer.", response.ErrorMessage);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.At("customer").ValueKind);
    }

    [Fact]
    public async Task Pools_are_those_open_to_the_users_team()
    {
        const string Pools = "{ pools { id } }";

        Assert.Equal(["default", TestOrg.PoolA], (await fixture.GraphQL.DataAsync(Pools, token: Org.RepA1)).At("pools").Ids());
        Assert.Equal(["default"], (await fixture.GraphQL.DataAsync(Pools, token: Org.RepB1)).At("pools").Ids());
        Assert.Equal(["default", TestOrg.PoolA], (await fixture.GraphQL.DataAsync(Pools, token: Org.Admin)).At("pools").Ids());
        Assert.Empty((await fixture.GraphQL.DataAsync(Pools, token: Wallboard)).At("pools").Ids());
    }

    [Fact]
    public async Task A_pools_page_is_for_its_members()
    {
        const string Page = "{ pool(id: \"pool-a\") { name customers { nodes { id } } } }";

        var member = await fixture.GraphQL.DataAsync(Page, token: Org.RepA1);
        var outsider = await fixture.GraphQL.SendAsync(Page, token: Org.RepB1);

        Assert.Contains("seed-pool-a", member.At("pool", "customers").Ids());
        Assert.Equal("FORBIDDEN", outsider.ErrorCode);
        Assert.Equal("You are not a member of pool 'Pool A'.", outsider.ErrorMessage);
    }

    [Fact]
    public async Task Users_are_all_for_an_admin_and_the_own_team_for_others()
    {
        const string Users = "{ users { nodes { id } totalCount } }";

        Assert.Equal(6, (await fixture.GraphQL.DataAsync(Users, token: Org.Admin)).At("users", "totalCount").GetInt32());
        Assert.Equal(["mgr-a", "rep-a1", "rep-a2"], (await fixture.GraphQL.DataAsync(Users, token: Org.RepA1)).At("users").Ids().Order());
        Assert.Equal(["mgr-b", "rep-b1"], (await fixture.GraphQL.DataAsync(Users, token: Org.ManagerB)).At("users").Ids().Order());
        Assert.Equal(0, (await fixture.GraphQL.DataAsync(Users, token: Wallboard)).At("users", "totalCount").GetInt32());
        Assert.Equal("FORBIDDEN", (await fixture.GraphQL.SendAsync("{ user(id: \"rep-b1\") { name } }", token: Org.RepA1)).ErrorCode);
    }

    [Fact]
    public async Task Me_tells_each_role_who_it_is()
    {
        Assert.Equal("ADMIN", (await fixture.GraphQL.DataAsync("{ me { role } }", token: Org.Admin)).Text("me", "role"));
        Assert.Equal("MANAGER", (await fixture.GraphQL.DataAsync("{ me { role } }", token: Org.ManagerA)).Text("me", "role"));
        Assert.Equal("REP", (await fixture.GraphQL.DataAsync("{ me { role } }", token: Org.RepA1)).Text("me", "role"));
        var wallboard = await fixture.GraphQL.DataAsync("{ me { role name team { id } } }", token: Wallboard);
        Assert.Equal(("WALLBOARD", "Office TV", TestOrg.TeamA), (wallboard.Text("me", "role"), wallboard.Text("me", "name"), wallboard.Text("me", "team", "id")));
    }

    private async Task<string[]> SeededVisibleAsync(string token) =>
        [.. (await fixture.GraphQL.DataAsync(Customers, token: token)).At("customers").Ids().Intersect(OrgFixture.Seeded).Order()];

    private string? Token(string who) => who switch
    {
        "admin" => Org.Admin,
        "mgr-a" => Org.ManagerA,
        "rep-a1" => Org.RepA1,
        "rep-b1" => Org.RepB1,
        "wallboard" => Wallboard,
        _ => null,
    };
}
