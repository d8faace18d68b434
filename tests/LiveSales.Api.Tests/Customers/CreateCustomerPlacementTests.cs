using LiveSales.Api.Tests.Infrastructure;

namespace LiveSales.Api.Tests.Customers;

/// <summary>createCustomer places the customer exactly as API.md says.</summary>
public sealed class CreateCustomerPlacementTests(OrgFixture fixture) : IClassFixture<OrgFixture>
{
    private const string Create = "mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id owner { id } pool { id } inPool returnsToPoolAt history { kind reason } } }";

    private TestOrg Org => fixture.Org;

    [Fact]
    public async Task With_an_owner_and_a_pool_it_is_owned_and_governed_by_that_pool()
    {
        var created = (await fixture.GraphQL.DataAsync(Create, new { input = new { name = "Owned in A", ownerId = "rep-a1", poolId = TestOrg.PoolA } }, Org.ManagerA)).At("createCustomer");

        Assert.Equal(("rep-a1", TestOrg.PoolA, false), (created.Text("owner", "id"), created.Text("pool", "id"), created.At("inPool").GetBoolean()));
        Assert.Equal("2026-02-04T09:00:00Z", created.Text("returnsToPoolAt"));
        Assert.Equal("ASSIGNED", created.At("history")[0].Text("kind"));
    }

    [Fact]
    public async Task With_only_an_owner_the_default_pool_governs_it()
    {
        var created = (await fixture.GraphQL.DataAsync(Create, new { input = new { name = "Mine", ownerId = "rep-a1" } }, Org.RepA1)).At("createCustomer");

        Assert.Equal(("rep-a1", "default", false), (created.Text("owner", "id"), created.Text("pool", "id"), created.At("inPool").GetBoolean()));
    }

    [Fact]
    public async Task With_only_a_pool_it_waits_unowned_in_that_pool()
    {
        var created = (await fixture.GraphQL.DataAsync(Create, new { input = new { name = "Waiting in A", poolId = TestOrg.PoolA } }, Org.ManagerA)).At("createCustomer");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.At("owner").ValueKind);
        Assert.Equal((TestOrg.PoolA, true), (created.Text("pool", "id"), created.At("inPool").GetBoolean()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.At("returnsToPoolAt").ValueKind);
        Assert.Empty(created.At("history").EnumerateArray());
        var page = await fixture.GraphQL.DataAsync("{ pool(id: \"pool-a\") { customers(first: 500) { nodes { id } } } }", token: Org.RepA2);
        Assert.Contains(created.Text("id"), page.At("pool", "customers").Ids());
    }

    [Fact]
    public async Task With_neither_the_assignment_rules_choose_the_owner_or_the_default_pool_takes_it()
    {
        await fixture.GraphQL.DataAsync(
            "mutation { setAssignmentRules(input: {rules: [{id: \"north\", name: \"North to team B\", regions: [\"North\"], teamId: \"team-b\"}]}) { rules { id strategy } } }",
            token: Org.Admin);

        var matched = (await fixture.GraphQL.DataAsync(Create, new { input = new { name = "Northern", region = "north" } }, Org.Admin)).At("createCustomer");
        var unmatched = (await fixture.GraphQL.DataAsync(Create, new { input = new { name = "Southern", region = "South" } }, Org.Admin)).At("createCustomer");

        Assert.Equal("rep-b1", matched.Text("owner", "id"));
        Assert.Contains("north", matched.At("history")[0].Text("reason")!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unmatched.At("owner").ValueKind);
        Assert.Equal(("default", true), (unmatched.Text("pool", "id"), unmatched.At("inPool").GetBoolean()));
    }

    [Fact]
    public async Task The_default_pool_exists_from_the_first_start_with_the_product_defaults()
    {
        var pool = await fixture.GraphQL.DataAsync(
            "{ pool(id: \"default\") { name rules { returnAfterNoFollowUp returnAfterNoDeal remindBefore exemptWon exemptOpenOpportunity claimLimitPerDay formerOwnerCooldown maxOwnedPerRep } } }",
            token: Org.RepB1);

        Assert.Equal(
            """{"name":"Public pool","rules":{"returnAfterNoFollowUp":"P30D","returnAfterNoDeal":null,"remindBefore":["P3D","P1D"],"exemptWon":true,"exemptOpenOpportunity":false,"claimLimitPerDay":20,"formerOwnerCooldown":"P7D","maxOwnedPerRep":null}}""",
            pool.At("pool").GetRawText());
    }

    [Fact]
    public async Task Omitted_pool_rules_take_the_defaults_and_explicit_nulls_turn_rules_off()
    {
        var created = await fixture.GraphQL.DataAsync(
            "mutation { createPool(input: {name: \"Quick\", rules: {returnAfterNoFollowUp: \"PT6S\", claimLimitPerDay: null}, teamIds: [\"team-a\"]}) { rules { returnAfterNoFollowUp remindBefore claimLimitPerDay formerOwnerCooldown exemptWon } teams { id } } }",
            token: Org.Admin);

        Assert.Equal(
            """{"rules":{"returnAfterNoFollowUp":"PT6S","remindBefore":["P3D","P1D"],"claimLimitPerDay":null,"formerOwnerCooldown":"P7D","exemptWon":true},"teams":[{"id":"team-a"}]}""",
            created.At("createPool").GetRawText());
    }
}
