using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Leads;

public class LeadGrainTests
{
    private static Task<AssignmentConfig> SetRulesAsync(SalesCluster sales, TimeSpan? acceptWithin = null) =>
        sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey).SetConfigAsync(sales.Admin, new AssignmentConfig
        {
            Rules = [new AssignmentRule { Id = "web", Name = "Web leads", Sources = ["web"], UserIds = ["rep-a1", "rep-a2", "rep-b1"] }],
            LeadAcceptWithin = acceptWithin ?? TimeSpan.FromHours(4),
        });

    [Fact]
    public async Task Untouched_lead_moves_to_the_next_rep_at_the_acceptance_deadline()
    {
        await using var sales = await SalesCluster.StartAsync();
        await SetRulesAsync(sales);
        var created = await sales.Get<ILeadGrain>("l1").CreateAsync(sales.Admin, new CreateLeadInput { Name = "Mia Chen", Source = "web" });

        await sales.AdvanceAsync(TimeSpan.FromHours(4));

        var lead = await sales.Get<ILeadGrain>("l1").GetAsync(sales.Admin);
        Assert.Equal(("rep-a1", LeadStatus.Assigned), (created.OwnerId, created.Status));
        Assert.Equal(("rep-a2", LeadStatus.Assigned), (lead.OwnerId, lead.Status));
        Assert.Equal(sales.Time.GetUtcNow().AddHours(4), lead.AcceptBy);
        Assert.StartsWith("Not accepted within PT4H. Rule 'Web leads' matched (source=web); round-robin chose rep-a2; skipped rep-a1 (passed over).", lead.Log[^1].Detail, StringComparison.Ordinal);
        Assert.Equal(["rep-a1", "rep-a2"], (await sales.AlertsAsync()).Where(a => a.Kind == AlertKind.LeadAssigned).Select(a => a.RecipientUserId));
    }

    [Fact]
    public async Task Lead_nobody_accepts_ends_unowned_in_the_catch_all_pool()
    {
        await using var sales = await SalesCluster.StartAsync();
        await SetRulesAsync(sales);
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.Admin, new CreateLeadInput { Name = "Mia Chen", Source = "web" });

        for (var i = 0; i < 3; i++)
        {
            await sales.AdvanceAsync(TimeSpan.FromHours(4));
        }

        var lead = await sales.Get<ILeadGrain>("l1").GetAsync(sales.Admin);
        Assert.Equal(((string?)null, true, LeadStatus.New, PoolIds.Default), (lead.OwnerId, lead.InPool, lead.Status, lead.PoolId));
    }

    [Fact]
    public async Task Accepted_lead_stays_with_its_owner()
    {
        await using var sales = await SalesCluster.StartAsync();
        await SetRulesAsync(sales);
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.Admin, new CreateLeadInput { Name = "Mia Chen", Source = "web" });

        await sales.AdvanceAsync(TimeSpan.FromHours(1));
        var accepted = await sales.Get<ILeadGrain>("l1").AcceptAsync(sales.RepA1);
        await sales.AdvanceAsync(TimeSpan.FromDays(2));

        Assert.Equal((LeadStatus.Contacted, (DateTimeOffset?)null), (accepted.Status, accepted.AcceptBy));
        Assert.Equal("rep-a1", (await sales.Get<ILeadGrain>("l1").GetAsync(sales.RepA1)).OwnerId);
    }

    [Fact]
    public async Task Import_creates_the_good_rows_and_reports_each_bad_row()
    {
        await using var sales = await SalesCluster.StartAsync();
        CreateLeadInput[] rows =
        [
            new() { Name = "Ann", Company = "A Corp", Source = "fair" },
            new() { Name = "" },
            new() { Name = "Ben", Email = "not-an-email" },
            new() { Name = "Cat", OwnerId = "rep-a2" },
            new() { Name = "Dan", OwnerId = "ghost" },
            new() { Name = "Eve", PoolId = PoolIds.Default },
        ];

        var result = await sales.Get<ILeadImportGrain>("imp1").ImportAsync(sales.ManagerA, rows);

        Assert.Equal([1, 4, 6], result.Created.Select(c => c.Row));
        Assert.Equal([(2, "name is required."), (3, "email 'not-an-email' is not an email address."), (5, "User 'ghost' does not exist.")], result.Errors.Select(e => (e.Row, e.Reason)));
        Assert.Equal("rep-a2", (await sales.Get<ILeadGrain>("imp1-4").GetAsync(sales.ManagerA)).OwnerId);
        Assert.Null(await sales.Get<ILeadGrain>("imp1-2").FindAsync());
    }

    [Fact]
    public async Task Repeating_an_import_creates_nothing_twice()
    {
        await using var sales = await SalesCluster.StartAsync();
        CreateLeadInput[] rows = [new() { Name = "Ann" }, new() { Name = "Ben" }];

        var first = await sales.Get<ILeadImportGrain>("imp1").ImportAsync(sales.Admin, rows);
        var again = await sales.Get<ILeadImportGrain>("imp1").ImportAsync(sales.Admin, rows);

        Assert.Equal(first.Created.Select(c => c.LeadId), again.Created.Select(c => c.LeadId));
        Assert.Equal(2, (await sales.EventsAsync()).OfType<LeadCreated>().Count());
    }

    [Fact]
    public async Task Import_of_ten_thousand_rows_is_accepted_and_more_is_refused()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        var rows = Enumerable.Range(1, LeadImportLimits.MaxRows).Select(i => new CreateLeadInput { Name = "Lead " + i, PoolId = PoolIds.Default }).ToList();

        var result = await sales.Get<ILeadImportGrain>("big").ImportAsync(Actor.System, rows);
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => sales.Get<ILeadImportGrain>("bigger").ImportAsync(Actor.System, [.. rows, new CreateLeadInput { Name = "one more" }]));

        Assert.Equal(LeadImportLimits.MaxRows, result.Created.Count);
        Assert.Empty(result.Errors);
        Assert.Equal(ErrorCode.BadUserInput, tooMany.Code);
        await using var db = sales.Cluster.Database.CreateDataSource();
        await using var count = db.CreateCommand("SELECT count(*) FROM grain_state WHERE grain_type = 'lead'");
        Assert.Equal(10_000L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Conversion_maps_the_lead_to_a_customer_and_an_opportunity_once()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.RepA1, new CreateLeadInput { Name = "Mia Chen", Company = "Northwind", Email = "mia@northwind.test", Region = "EU", Source = "web", OwnerId = "rep-a1" });

        var result = await sales.Get<ILeadGrain>("l1").ConvertAsync(sales.RepA1, new ConvertLeadInput { CreateOpportunity = true, OpportunityAmount = 12_000m, OpportunityStage = OpportunityStages.Proposal });
        var again = await sales.Get<ILeadGrain>("l1").ConvertAsync(sales.RepA1, new ConvertLeadInput());

        Assert.Equal(new LeadConversionResult("l1", "l1", "l1"), result);
        Assert.Equal(result, again);
        var customer = await sales.Get<ICustomerGrain>("l1").GetAsync(sales.RepA1);
        Assert.Equal(("Northwind", "EU", "web", "rep-a1", "l1"), (customer.Name, customer.Region, customer.Source, customer.OwnerId, customer.LeadId));
        Assert.Equal("mia@northwind.test", Assert.Single(customer.Contacts).Email);
        Assert.Equal(["l1"], customer.OpenOpportunityIds);
        var opportunity = await sales.Get<IOpportunityGrain>("l1").GetAsync(sales.RepA1);
        Assert.Equal((12_000m, OpportunityStages.Proposal, 50), (opportunity.Amount, opportunity.Stage, opportunity.Probability));
        Assert.Equal(LeadStatus.Converted, (await sales.Get<ILeadGrain>("l1").GetAsync(sales.RepA1)).Status);
        Assert.Single(await sales.EventsAsync(), e => e is LeadConverted);
    }

    [Fact]
    public async Task Rep_claims_a_pooled_lead_of_its_pool_only()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("pool-a", PoolRules.Default, "team-a");
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.Admin, new CreateLeadInput { Name = "Mia", PoolId = "pool-a" });

        var forbidden = await Assert.ThrowsAsync<DomainException>(() => sales.Get<ILeadGrain>("l1").ClaimAsync(sales.RepB1));
        var claimed = await sales.Get<ILeadGrain>("l1").ClaimAsync(sales.RepA1);
        var second = await Assert.ThrowsAsync<DomainException>(() => sales.Get<ILeadGrain>("l1").ClaimAsync(sales.RepA2));

        Assert.Equal(ErrorCode.Forbidden, forbidden.Code);
        Assert.Equal(("rep-a1", LeadStatus.Assigned, (DateTimeOffset?)null), (claimed.OwnerId, claimed.Status, claimed.AcceptBy));
        Assert.Equal(ErrorCode.AlreadyOwned, second.Code);
    }

    [Fact]
    public async Task Lead_claims_count_against_the_daily_claim_limit_with_customer_claims()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreatePoolAsync("p", PoolRules.Default with { ClaimLimitPerDay = 2 });
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: "p");
        for (var i = 1; i <= 3; i++)
        {
            await sales.Get<ILeadGrain>("l" + i).CreateAsync(sales.Admin, new CreateLeadInput { Name = "Lead " + i, PoolId = "p" });
        }

        await sales.Get<ICustomerGrain>("c1").ClaimAsync(sales.RepA1);
        await sales.Get<ILeadGrain>("l1").ClaimAsync(sales.RepA1);
        var refused = await Assert.ThrowsAsync<DomainException>(() => sales.Get<ILeadGrain>("l2").ClaimAsync(sales.RepA1));
        var unchanged = await sales.Get<ILeadGrain>("l2").GetAsync(sales.Admin);
        var claimsToday = await sales.Get<IUserGrain>("rep-a1").GetClaimsTodayAsync();
        var otherRep = await sales.Get<ILeadGrain>("l3").ClaimAsync(sales.RepA2);

        Assert.Equal(ErrorCode.ClaimLimitReached, refused.Code);
        Assert.Equal((null, true), (unchanged.OwnerId, unchanged.InPool));
        Assert.Equal(2, claimsToday);
        Assert.Equal("rep-a2", otherRep.OwnerId);
    }
}
