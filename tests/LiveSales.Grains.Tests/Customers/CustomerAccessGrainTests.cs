using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Customers;

public class CustomerAccessGrainTests
{
    private static async Task<ErrorCode> RefusalAsync(Func<Task> call) => (await Assert.ThrowsAsync<DomainException>(call)).Code;

    [Fact]
    public async Task Rep_reading_another_reps_customer_gets_FORBIDDEN()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA2)));
        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepB1)));
        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(new Actor("wall", Role.Wallboard, null))));
        Assert.Equal("rep-a1", (await sales.Get<ICustomerGrain>("c1").GetAsync(sales.ManagerA)).OwnerId);
    }

    [Fact]
    public async Task Unknown_customer_is_NOT_FOUND()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);

        Assert.Equal(ErrorCode.NotFound, await RefusalAsync(() => sales.Get<ICustomerGrain>("nobody").GetAsync(Actor.System)));
    }

    [Fact]
    public async Task Customer_created_for_a_rep_alerts_the_rep_and_records_who_assigned_it()
    {
        await using var sales = await SalesCluster.StartAsync();

        var customer = await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        Assert.Equal((OwnershipChangeKind.Assigned, (string?)null, "rep-a1", "mgr-a"), (customer.History[0].Kind, customer.History[0].FromUserId, customer.History[0].ToUserId, customer.History[0].ByUserId));
        var alert = Assert.Single(await sales.AlertsAsync("rep-a1"));
        Assert.Equal((AlertKind.Assigned, "c1"), (alert.Kind, alert.CustomerId));
    }

    [Fact]
    public async Task Rep_cannot_create_a_customer_for_someone_else()
    {
        await using var sales = await SalesCluster.StartAsync();

        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.CreateCustomerAsync("c1", sales.RepA1, ownerId: "rep-a2")));
        Assert.Equal(ErrorCode.NotFound, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(Actor.System)));
    }

    [Fact]
    public async Task Bad_input_changes_nothing()
    {
        await using var sales = await SalesCluster.StartAsync();

        Assert.Equal(ErrorCode.BadUserInput, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").CreateAsync(sales.Admin, new CreateCustomerInput { Name = "  " })));
        Assert.Equal(ErrorCode.NotFound, await RefusalAsync(() => sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "ghost")));
        Assert.Equal(ErrorCode.NotFound, await RefusalAsync(() => sales.CreateCustomerAsync("c1", sales.Admin, poolId: "no-such-pool")));
        Assert.Equal(ErrorCode.NotFound, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(Actor.System)));
        Assert.DoesNotContain(await sales.EventsAsync(), e => e is CustomerCreated);
    }

    [Fact]
    public async Task Manager_assigns_within_its_team_only()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, poolId: PoolIds.Default);

        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").AssignAsync(sales.ManagerA, "rep-b1", null)));
        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").AssignAsync(sales.RepA1, "rep-a1", null)));
        var assigned = await sales.Get<ICustomerGrain>("c1").AssignAsync(sales.ManagerA, "rep-a2", "Speaks Portuguese");

        Assert.Equal(("rep-a2", false), (assigned.OwnerId, assigned.InPool));
        Assert.Equal(("Speaks Portuguese", "mgr-a"), (assigned.History[^1].Reason, assigned.History[^1].ByUserId));
        Assert.Contains(await sales.AlertsAsync("rep-a2"), a => a.Kind == AlertKind.Assigned && a.CustomerId == "c1");
    }

    [Fact]
    public async Task Admin_reassigns_across_teams_and_the_former_owner_keeps_history()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.ManagerA, ownerId: "rep-a1");

        var moved = await sales.Get<ICustomerGrain>("c1").AssignAsync(sales.Admin, "rep-b1", null);

        Assert.Equal(("rep-b1", "team-b"), (moved.OwnerId, moved.OwnerTeamId));
        Assert.Equal([("rep-a1", (string?)null), ("rep-b1", "rep-a1")], moved.History.Select(h => (h.ToUserId!, h.FromUserId)));
        Assert.Equal(ErrorCode.Forbidden, await RefusalAsync(() => sales.Get<ICustomerGrain>("c1").GetAsync(sales.RepA1)));
    }

    [Fact]
    public async Task Customer_without_owner_or_pool_goes_where_the_assignment_rules_say()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.Get<IAssignmentGrain>(AssignmentConfig.GrainKey).SetConfigAsync(sales.Admin, new AssignmentConfig
        {
            Rules = [new AssignmentRule { Id = "eu", Name = "Europe", Regions = ["EU"], TeamId = "team-a" }],
        });

        var european = await sales.CreateCustomerAsync("eu-1", sales.Admin, region: "EU");
        var other = await sales.CreateCustomerAsync("us-1", sales.Admin, region: "US");

        Assert.Equal("rep-a1", european.OwnerId);
        Assert.Equal(("eu", "Rule 'Europe' matched (region=EU); round-robin chose rep-a1."), (european.History[0].Rule, european.History[0].Reason));
        Assert.Equal((null, true, PoolIds.Default), (other.OwnerId, other.InPool, other.PoolId));
    }
}
