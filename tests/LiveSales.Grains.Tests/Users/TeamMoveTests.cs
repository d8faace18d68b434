using Dapper;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Queries;
using LiveSales.Grains.Tests.Cluster;
using LiveSales.Grains.Users;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Grains.Tests.Users;

/// <summary>
/// Moving a user to another team: the user's customers, leads and opportunities take the new team
/// (the team sweep, driven by reminders), so the new team's manager sees them and the old one does not.
/// </summary>
public class TeamMoveTests
{
    private static readonly Actor s_managerB = new("mgr-b", Role.Manager, "team-b");

    [Fact]
    public async Task Moved_reps_records_go_to_the_new_teams_manager_and_leave_the_old_one()
    {
        await using var sales = await StartWithManagerBAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c2", sales.Admin, ownerId: "rep-a1");
        await sales.CreateCustomerAsync("c3", sales.Admin, ownerId: "rep-a2");
        await sales.CreateCustomerAsync("c4", sales.Admin, ownerId: "rep-a1");
        await sales.Get<ICustomerGrain>("c4").AssignAsync(sales.ManagerA, "rep-a2", "Covering.");
        await sales.Get<ILeadGrain>("l1").CreateAsync(sales.RepA1, new CreateLeadInput { Name = "Mia Chen", Company = "Northwind", OwnerId = "rep-a1" });
        await sales.Get<IOpportunityGrain>("o1").CreateAsync(sales.RepA1, new CreateOpportunityInput { CustomerId = "c1", Name = "Fleet", Amount = 5_000m });

        var moved = await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-b");
        await sales.Cluster.DeliverDueRemindersAsync();

        Assert.Equal("team-b", moved.TeamId);
        Assert.Equal(["c1", "c2"], await CustomerIdsAsync(sales, s_managerB));
        Assert.Equal(["c3", "c4"], await CustomerIdsAsync(sales, sales.ManagerA));
        Assert.Equal(["l1"], await LeadIdsAsync(sales, s_managerB));
        Assert.Empty(await LeadIdsAsync(sales, sales.ManagerA));
        Assert.Equal(["o1"], await OpportunityIdsAsync(sales, s_managerB));
        Assert.Empty(await OpportunityIdsAsync(sales, sales.ManagerA));
        Assert.Equal(["c1", "c2"], await ReturningNextIdsAsync(sales, sales.Admin, "team-b"));
        Assert.Equal(["c3", "c4"], await ReturningNextIdsAsync(sales, sales.Admin, "team-a"));
        Assert.Equal("team-b", (await sales.Get<ICustomerGrain>("c1").GetAsync(s_managerB)).OwnerTeamId);
        Assert.Equal("team-b", (await sales.Get<ILeadGrain>("l1").GetAsync(s_managerB)).OwnerTeamId);
        Assert.Equal("team-b", (await sales.Get<IOpportunityGrain>("o1").GetAsync(s_managerB)).OwnerTeamId);
        Assert.Equal(ErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => sales.Get<ICustomerGrain>("c1").GetAsync(sales.ManagerA))).Code);
        Assert.Equal(ErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => sales.Get<ILeadGrain>("l1").GetAsync(sales.ManagerA))).Code);
        Assert.Equal(ErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => sales.Get<IOpportunityGrain>("o1").GetAsync(sales.ManagerA))).Code);
        var changes = (await sales.EventsAsync()).OfType<OwnerTeamChanged>().Select(e => (e.RecordType, e.RecordId, e.OwnerId, e.FromTeamId, e.ToTeamId)).Order().ToList();
        Assert.Equal(
            [("customer", "c1", "rep-a1", "team-a", "team-b"), ("customer", "c2", "rep-a1", "team-a", "team-b"),
             ("lead", "l1", "rep-a1", "team-a", "team-b"), ("opportunity", "o1", "rep-a1", "team-a", "team-b")],
            changes);
    }

    [Fact]
    public async Task Records_keep_their_old_team_until_the_sweep_runs()
    {
        await using var sales = await StartWithManagerBAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "rep-a1");

        await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-b");

        Assert.Equal(["c1"], await CustomerIdsAsync(sales, sales.ManagerA));
        await sales.Cluster.DeliverDueRemindersAsync();
        Assert.Empty(await CustomerIdsAsync(sales, sales.ManagerA));
    }

    [Fact]
    public async Task Moving_to_no_team_leaves_the_records_with_no_team()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "rep-a1");

        var moved = await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, null);
        await sales.Cluster.DeliverDueRemindersAsync();

        Assert.Null(moved.TeamId);
        Assert.Null((await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin)).OwnerTeamId);
        Assert.Empty(await CustomerIdsAsync(sales, sales.ManagerA));
        Assert.Equal(["c1"], await CustomerIdsAsync(sales, new Actor("rep-a1", Role.Rep, null)));
    }

    [Fact]
    public async Task Naming_a_manager_from_another_team_moves_its_records_too()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateUserAsync("mgr-x", Role.Manager, "team-a");
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "mgr-x");

        await sales.Get<ITeamGrain>("team-b").SetManagerAsync(sales.Admin, "mgr-x");
        await sales.Cluster.DeliverDueRemindersAsync();

        Assert.Equal("team-b", (await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin)).OwnerTeamId);
        Assert.Equal(["c1"], await CustomerIdsAsync(sales, new Actor("mgr-x", Role.Manager, "team-b")));
    }

    [Fact]
    public async Task Sweep_interrupted_after_one_batch_resumes_after_a_crash_and_finishes()
    {
        await using var sales = await SalesCluster.StartAsync(configureServices: BatchOfTwo);
        foreach (var id in new[] { "c1", "c2", "c3", "c4", "c5" })
        {
            await sales.CreateCustomerAsync(id, sales.Admin, ownerId: "rep-a1");
        }

        await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-b");
        await TickSweepOnceAsync(sales, "rep-a1");

        Assert.Equal(["c1", "c2"], await CustomerKeysOfTeamAsync(sales, "team-b"));
        Assert.Equal("c2", await StoredSweepCursorAsync(sales, "rep-a1"));
        await sales.Cluster.KillSiloAsync(0);
        await sales.Cluster.RestartSiloAsync(0);
        await sales.Cluster.DeliverDueRemindersAsync();
        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], await CustomerKeysOfTeamAsync(sales, "team-b"));
        Assert.Null(await StoredSweepCursorAsync(sales, "rep-a1"));
    }

    [Fact]
    public async Task A_move_during_a_sweep_starts_it_over_for_the_newest_team()
    {
        await using var sales = await SalesCluster.StartAsync(configureServices: BatchOfTwo);
        foreach (var id in new[] { "c1", "c2", "c3", "c4", "c5" })
        {
            await sales.CreateCustomerAsync(id, sales.Admin, ownerId: "rep-a1");
        }

        await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-b");
        await TickSweepOnceAsync(sales, "rep-a1");
        await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-a");
        await sales.Cluster.DeliverDueRemindersAsync();

        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], await CustomerKeysOfTeamAsync(sales, "team-a"));
        Assert.Empty(await CustomerKeysOfTeamAsync(sales, "team-b"));
    }

    [Fact]
    public async Task Sweep_sets_the_team_only_on_records_the_user_still_owns()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "rep-a1");
        await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-b");

        // Reassigned after the move but before the sweep reached it.
        await sales.Get<ICustomerGrain>("c1").AssignAsync(sales.Admin, "rep-a2", null);
        await sales.Get<ICustomerGrain>("c1").SetOwnerTeamAsync("rep-a1", "team-b");
        await sales.Cluster.DeliverDueRemindersAsync();

        var customer = await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin);
        Assert.Equal(("rep-a2", "team-a"), (customer.OwnerId, customer.OwnerTeamId));
        Assert.DoesNotContain(await sales.EventsAsync(), e => e is OwnerTeamChanged);
    }

    [Fact]
    public async Task Non_admins_are_FORBIDDEN_and_nothing_changes()
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateCustomerAsync("c1", sales.Admin, ownerId: "rep-a1");

        var byManager = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.ManagerA, "team-b"));
        var byRep = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.RepA1, "team-b"));
        await sales.Cluster.DeliverDueRemindersAsync();

        Assert.Equal((ErrorCode.Forbidden, ErrorCode.Forbidden), (byManager.Code, byRep.Code));
        await AssertUnmovedAsync(sales, "rep-a1", "team-a");
        Assert.Equal("team-a", (await sales.Get<ICustomerGrain>("c1").GetAsync(sales.Admin)).OwnerTeamId);
    }

    [Fact]
    public async Task Unknown_user_or_team_is_NOT_FOUND_and_nothing_changes()
    {
        await using var sales = await SalesCluster.StartAsync();

        var user = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("nobody").SetTeamAsync(sales.Admin, "team-b"));
        var team = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "no-team"));

        Assert.Equal((ErrorCode.NotFound, ErrorCode.NotFound), (user.Code, team.Code));
        Assert.Null(await sales.Get<IUserGrain>("nobody").FindAsync());
        await AssertUnmovedAsync(sales, "rep-a1", "team-a");
    }

    [Fact]
    public async Task A_teams_manager_is_CONFLICT_until_another_is_appointed()
    {
        await using var sales = await StartWithManagerBAsync();
        await sales.CreateUserAsync("mgr-a2", Role.Manager, "team-a");

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("mgr-a").SetTeamAsync(sales.Admin, "team-b"));
        await AssertUnmovedAsync(sales, "mgr-a", "team-a");
        await sales.Get<ITeamGrain>("team-a").SetManagerAsync(sales.Admin, "mgr-a2");
        var moved = await sales.Get<IUserGrain>("mgr-a").SetTeamAsync(sales.Admin, "team-b");

        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Contains("appoint another manager first", error.Message, StringComparison.Ordinal);
        Assert.Equal("team-b", moved.TeamId);
    }

    [Theory]
    [InlineData("wall", Role.Wallboard)]
    [InlineData("admin-2", Role.Admin)]
    public async Task Only_reps_and_managers_move_others_are_BAD_USER_INPUT(string id, Role role)
    {
        await using var sales = await SalesCluster.StartAsync();
        await sales.CreateUserAsync(id, role, null);

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>(id).SetTeamAsync(sales.Admin, "team-b"));

        Assert.Equal(ErrorCode.BadUserInput, error.Code);
        await AssertUnmovedAsync(sales, id, null);
    }

    [Fact]
    public async Task The_same_team_changes_nothing()
    {
        await using var sales = await SalesCluster.StartAsync();

        var user = await sales.Get<IUserGrain>("rep-a1").SetTeamAsync(sales.Admin, "team-a");

        Assert.Equal("team-a", user.TeamId);
        await AssertUnmovedAsync(sales, "rep-a1", "team-a");
        Assert.DoesNotContain(await sales.EventsAsync(), e => e is UserChanged { UserId: "rep-a1", Change: "TEAM" });
    }

    private static void BatchOfTwo(IServiceCollection services) => services.Configure<TeamSweepOptions>(o => o.BatchSize = 2);

    private static async Task<SalesCluster> StartWithManagerBAsync()
    {
        var sales = await SalesCluster.StartAsync();
        await sales.CreateUserAsync("mgr-b", Role.Manager, "team-b");
        await sales.Get<ITeamGrain>("team-b").SetManagerAsync(sales.Admin, "mgr-b");
        return sales;
    }

    /// <summary>One batch of the sweep, as its reminder would run it (the reminder stays due).</summary>
    private static Task TickSweepOnceAsync(SalesCluster sales, string userId)
    {
        var now = sales.Time.GetUtcNow();
        return sales.Get<ITeamSweepGrain>(userId).ReceiveReminder(TeamSweepGrain.Reminder, new TickStatus(now, null, now));
    }

    private static async Task AssertUnmovedAsync(SalesCluster sales, string userId, string? teamId)
    {
        var user = await sales.Get<IUserGrain>(userId).FindAsync();
        Assert.Equal((teamId, (string?)null), (user!.TeamId, user.TeamStamp));
    }

    private static async Task<List<string>> CustomerIdsAsync(SalesCluster sales, Actor actor) =>
        [.. (await sales.Services.GetRequiredService<CustomerQueries>().ListAsync(actor, CustomerListFilter.None, 50, null)).Items.Select(c => c.Id)];

    private static async Task<List<string>> LeadIdsAsync(SalesCluster sales, Actor actor) =>
        [.. (await sales.Services.GetRequiredService<LeadQueries>().ListAsync(actor, LeadListFilter.None, 50, null)).Items.Select(l => l.Id)];

    private static async Task<List<string>> OpportunityIdsAsync(SalesCluster sales, Actor actor) =>
        [.. (await sales.Services.GetRequiredService<OpportunityQueries>().ListAsync(actor, null, null, 50, null)).Items.Select(o => o.Id)];

    private static async Task<List<string>> ReturningNextIdsAsync(SalesCluster sales, Actor actor, string teamId) =>
        [.. (await sales.Services.GetRequiredService<CustomerQueries>().ReturningNextAsync(actor, null, teamId, 50, null)).Items.Select(c => c.Id).Order()];

    private static async Task<List<string>> CustomerKeysOfTeamAsync(SalesCluster sales, string teamId)
    {
        await using var db = sales.Cluster.Database.CreateDataSource();
        await using var connection = await db.OpenConnectionAsync();
        var keys = await connection.QueryAsync<string>(
            "SELECT grain_key FROM grain_state WHERE grain_type = 'customer' AND data->>'ownerTeamId' = @teamId ORDER BY grain_key", new { teamId });
        return [.. keys];
    }

    private static async Task<string?> StoredSweepCursorAsync(SalesCluster sales, string userId)
    {
        await using var db = sales.Cluster.Database.CreateDataSource();
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT data->'after'->>'key' FROM grain_state WHERE grain_type = 'team-sweep' AND grain_key = @userId", new { userId });
    }
}
