using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.FollowUps;

public class FollowUpGrainTests
{
    [Fact]
    public async Task Follow_up_on_an_opportunity_updates_customer_lead_and_opportunity_with_one_event()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.RepA1, new CreateLeadInput { Name = "Mia Chen", Company = "Northwind", OwnerId = "rep-a1" });
        var converted = await sales.Get<ILeadGrain>("l1").ConvertAsync(sales.RepA1, new ConvertLeadInput { CreateOpportunity = true, OpportunityAmount = 9_000m });
        await sales.AdvanceAsync(TimeSpan.FromDays(2));
        var before = (await sales.EventsAsync()).Count;
        var at = sales.Time.GetUtcNow();

        var followUp = await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { OpportunityId = converted.OpportunityId, Channel = Channel.Meeting, Summary = "Demo on site" });

        Assert.Equal(("l1", "l1", "l1"), (followUp.CustomerId, followUp.LeadId, followUp.OpportunityId));
        Assert.Equal(at, (await sales.Get<ICustomerGrain>("l1").GetAsync(sales.RepA1)).LastFollowUpAt);
        Assert.Equal(at, (await sales.Get<ILeadGrain>("l1").GetAsync(sales.RepA1)).LastFollowUpAt);
        Assert.Equal(at, (await sales.Get<IOpportunityGrain>("l1").GetAsync(sales.RepA1)).LastFollowUpAt);
        var logged = Assert.Single((await sales.EventsAsync()).Skip(before));
        Assert.Equal("f1", Assert.IsType<FollowUpLogged>(logged).FollowUp.Id);
    }

    [Fact]
    public async Task Same_follow_up_id_is_recorded_once()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        var input = new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "Intro call" };

        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, input);
        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, input);

        var page = await sales.Get<ICustomerGrain>("c1").GetFollowUpsAsync(sales.RepA1, 10, null);
        Assert.Equal(["f1"], page.Items.Select(f => f.Id));
    }

    [Fact]
    public async Task History_is_paged_newest_first_and_survives_a_change_of_owner()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        for (var i = 1; i <= 3; i++)
        {
            await sales.Get<IFollowUpGrain>("f" + i).LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "Call " + i });
        }

        await sales.Get<ICustomerGrain>("c1").AssignAsync(sales.Admin, "rep-b1", "rep-a1 left");
        var first = await sales.Get<ICustomerGrain>("c1").GetFollowUpsAsync(sales.RepB1, 2, null);
        var second = await sales.Get<ICustomerGrain>("c1").GetFollowUpsAsync(sales.RepB1, 2, first.EndCursor);

        Assert.Equal(["f3", "f2"], first.Items.Select(f => f.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(["f1"], second.Items.Select(f => f.Id));
        Assert.False(second.HasNextPage);
        Assert.All(first.Items.Concat(second.Items), f => Assert.Equal("rep-a1", f.ByUserId));
    }

    [Fact]
    public async Task Only_the_owner_side_may_log_a_follow_up()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA2, new LogFollowUpInput { CustomerId = "c1", Channel = Channel.Call, Summary = "Hi" }));

        Assert.Equal(ErrorCode.Forbidden, error.Code);
        Assert.Equal(0, (await sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1)).FollowUpCount);
    }

    [Fact]
    public async Task Mismatched_customer_and_opportunity_is_BAD_USER_INPUT()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c2", sales.ManagerA, ownerId: "rep-a1");
        await sales.Get<IOpportunityGrain>("o1").CreateAsync(sales.RepA1, new CreateOpportunityInput { CustomerId = "c1", Name = "Deal", Amount = 1m });

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { CustomerId = "c2", OpportunityId = "o1", Channel = Channel.Call, Summary = "?" }));

        Assert.Equal(ErrorCode.BadUserInput, error.Code);
    }

    [Fact]
    public async Task Follow_up_on_an_unconverted_lead_is_kept_by_the_lead_and_accepts_it()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.ManagerA, new CreateLeadInput { Name = "Mia Chen", OwnerId = "rep-a1" });

        await sales.Get<IFollowUpGrain>("f1").LogAsync(sales.RepA1, new LogFollowUpInput { LeadId = "l1", Channel = Channel.Call, Summary = "First call" });

        var lead = await sales.Get<ILeadGrain>("l1").GetAsync(sales.RepA1);
        Assert.Equal((LeadStatus.Contacted, 1, (DateTimeOffset?)null), (lead.Status, lead.FollowUpCount, lead.AcceptBy));
        Assert.Single(await sales.EventsAsync(), e => e is FollowUpLogged);
    }
}
