using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Tests.Security;

public class VisibilityPolicyTests
{
    private static readonly Actor s_admin = new("admin", Role.Admin, null);
    private static readonly Actor s_managerA = new("mgr-a", Role.Manager, "team-a");
    private static readonly Actor s_repA1 = new("rep-a1", Role.Rep, "team-a");
    private static readonly Actor s_repA2 = new("rep-a2", Role.Rep, "team-a");
    private static readonly Actor s_repB1 = new("rep-b1", Role.Rep, "team-b");
    private static readonly Actor s_wallboard = new("wall", Role.Wallboard, null);

    private static readonly PoolView s_open = new() { Id = "open", Name = "Open", Rules = PoolRules.Default };
    private static readonly PoolView s_teamA = new() { Id = "pool-a", Name = "A", Rules = PoolRules.Default, TeamIds = ["team-a"] };

    private static readonly RecordAccess s_ownedByA1 = new("rep-a1", "team-a", "open", false);
    private static readonly RecordAccess s_inPoolA = new(null, null, "pool-a", true);

    private static UserView User(string id, Role role, string? team, bool active = true) =>
        new() { Id = id, Email = id + "@x.test", Name = id, Role = role, TeamId = team, Active = active };

    [Fact]
    public void Rep_sees_its_own_customer_but_not_a_colleagues()
    {
        Assert.True(VisibilityPolicy.CanSeeRecord(s_repA1, s_ownedByA1, null));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_repA2, s_ownedByA1, null));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_repB1, s_ownedByA1, null));
    }

    [Fact]
    public void Manager_sees_its_teams_records_but_not_other_teams()
    {
        Assert.True(VisibilityPolicy.CanSeeRecord(s_managerA, s_ownedByA1, null));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_managerA, new RecordAccess("rep-b1", "team-b", "open", false), null));
    }

    [Fact]
    public void Admin_sees_everything_and_wallboard_nothing()
    {
        Assert.True(VisibilityPolicy.CanSeeRecord(s_admin, s_ownedByA1, null));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_wallboard, s_ownedByA1, null));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_wallboard, s_inPoolA, s_teamA));
        Assert.False(VisibilityPolicy.CanSeePool(s_wallboard, s_open));
    }

    [Fact]
    public void Rep_sees_unowned_records_of_the_pools_it_belongs_to()
    {
        Assert.True(VisibilityPolicy.CanSeeRecord(s_repA2, s_inPoolA, s_teamA));
        Assert.False(VisibilityPolicy.CanSeeRecord(s_repB1, s_inPoolA, s_teamA));
        Assert.True(VisibilityPolicy.CanSeeRecord(s_repB1, new RecordAccess(null, null, "open", true), s_open));
    }

    [Fact]
    public void Pool_without_teams_is_open_to_every_rep_but_a_team_pool_only_to_its_teams()
    {
        Assert.True(VisibilityPolicy.CanSeePool(s_repB1, s_open));
        Assert.True(VisibilityPolicy.CanSeePool(s_repA1, s_teamA));
        Assert.False(VisibilityPolicy.CanSeePool(s_repB1, s_teamA));
        Assert.True(VisibilityPolicy.CanSeePool(s_admin, s_teamA));
    }

    [Fact]
    public void Only_owner_manager_of_its_team_and_admin_change_a_record()
    {
        Assert.True(VisibilityPolicy.CanChangeRecord(s_repA1, s_ownedByA1));
        Assert.True(VisibilityPolicy.CanChangeRecord(s_managerA, s_ownedByA1));
        Assert.True(VisibilityPolicy.CanChangeRecord(s_admin, s_ownedByA1));
        Assert.False(VisibilityPolicy.CanChangeRecord(s_repA2, s_ownedByA1));
        Assert.False(VisibilityPolicy.CanChangeRecord(s_repA1, s_inPoolA));
        Assert.False(VisibilityPolicy.CanChangeRecord(s_wallboard, s_ownedByA1));
    }

    [Fact]
    public void Manager_assigns_only_within_its_team_and_admin_to_anyone_active()
    {
        var repA2 = User("rep-a2", Role.Rep, "team-a");
        var repB1 = User("rep-b1", Role.Rep, "team-b");

        Assert.True(VisibilityPolicy.CanAssign(s_managerA, s_inPoolA, s_teamA, repA2));
        Assert.False(VisibilityPolicy.CanAssign(s_managerA, s_inPoolA, s_teamA, repB1));
        Assert.True(VisibilityPolicy.CanAssign(s_admin, s_inPoolA, s_teamA, repB1));
        Assert.False(VisibilityPolicy.CanAssign(s_admin, s_inPoolA, s_teamA, User("gone", Role.Rep, "team-b", active: false)));
        Assert.False(VisibilityPolicy.CanAssign(s_repA1, s_inPoolA, s_teamA, repA2));
        Assert.False(VisibilityPolicy.CanAssign(s_admin, s_inPoolA, s_teamA, User("wall", Role.Wallboard, null)));
    }

    [Fact]
    public void Rep_creates_records_only_for_itself()
    {
        Assert.True(VisibilityPolicy.CanCreateOwnedBy(s_repA1, User("rep-a1", Role.Rep, "team-a")));
        Assert.False(VisibilityPolicy.CanCreateOwnedBy(s_repA1, User("rep-a2", Role.Rep, "team-a")));
        Assert.True(VisibilityPolicy.CanCreateOwnedBy(s_managerA, User("rep-a2", Role.Rep, "team-a")));
        Assert.False(VisibilityPolicy.CanCreateOwnedBy(s_managerA, User("rep-b1", Role.Rep, "team-b")));
        Assert.False(VisibilityPolicy.CanCreateRecords(s_wallboard));
    }

    [Fact]
    public void Users_are_visible_within_the_team_and_to_admins()
    {
        Assert.True(VisibilityPolicy.CanSeeUser(s_repA1, User("rep-a2", Role.Rep, "team-a")));
        Assert.False(VisibilityPolicy.CanSeeUser(s_repA1, User("rep-b1", Role.Rep, "team-b")));
        Assert.True(VisibilityPolicy.CanSeeUser(s_repB1, User("rep-b1", Role.Rep, "team-b")));
        Assert.True(VisibilityPolicy.CanSeeUser(s_admin, User("rep-b1", Role.Rep, "team-b")));
        Assert.False(VisibilityPolicy.CanSeeUser(s_wallboard, User("rep-b1", Role.Rep, "team-b")));
    }

    [Fact]
    public void Only_admins_create_managers_and_managers_create_reps_in_their_team()
    {
        Assert.True(VisibilityPolicy.CanCreateUser(s_admin, Role.Manager, "team-b"));
        Assert.True(VisibilityPolicy.CanCreateUser(s_managerA, Role.Rep, "team-a"));
        Assert.False(VisibilityPolicy.CanCreateUser(s_managerA, Role.Rep, "team-b"));
        Assert.False(VisibilityPolicy.CanCreateUser(s_managerA, Role.Admin, "team-a"));
        Assert.False(VisibilityPolicy.CanCreateUser(s_repA1, Role.Rep, "team-a"));
    }

    [Fact]
    public void List_filter_is_own_rows_for_reps_team_rows_for_managers_all_for_admins_none_for_wallboards()
    {
        Assert.Equal("data->>'ownerId' = @visibleUserId", VisibilityPolicy.OwnedRecordsFilter(s_repA1).Sql);
        Assert.Equal("rep-a1", VisibilityPolicy.OwnedRecordsFilter(s_repA1).Parameters["visibleUserId"]);
        Assert.Equal("data->>'ownerTeamId' = @visibleTeamId", VisibilityPolicy.OwnedRecordsFilter(s_managerA).Sql);
        Assert.Equal("team-a", VisibilityPolicy.OwnedRecordsFilter(s_managerA).Parameters["visibleTeamId"]);
        Assert.Equal("data->>'ownerId' = @visibleUserId", VisibilityPolicy.OwnedRecordsFilter(s_managerA with { TeamId = null }).Sql);
        Assert.Same(SqlFilter.All, VisibilityPolicy.OwnedRecordsFilter(s_admin));
        Assert.Same(SqlFilter.Nothing, VisibilityPolicy.OwnedRecordsFilter(s_wallboard));
    }

    [Fact]
    public void Alerts_reach_only_their_recipient()
    {
        var alert = new AlertRaised("rep-a1", AlertKind.ReturnWarning, "m", DateTimeOffset.UnixEpoch, CustomerId: "c1");

        Assert.True(VisibilityPolicy.CanReceive(s_repA1, alert, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(s_managerA, alert, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(s_admin, alert, _ => null));
    }

    [Fact]
    public void Pool_changes_reach_those_who_see_the_pool()
    {
        var change = new CustomerPoolChanged("pool-a", "c1", PoolChangeKind.Added, DateTimeOffset.UnixEpoch);
        PoolView? Find(string id) => id == "pool-a" ? s_teamA : null;

        Assert.True(VisibilityPolicy.CanReceive(s_repA2, change, Find));
        Assert.False(VisibilityPolicy.CanReceive(s_repB1, change, Find));
        Assert.False(VisibilityPolicy.CanReceive(s_wallboard, change, Find));
    }

    [Fact]
    public void Owner_team_changes_reach_the_owner_and_the_new_teams_manager_not_the_old_ones()
    {
        var changed = new OwnerTeamChanged("customer", "c1", "rep-a1", "team-b", "team-a", DateTimeOffset.UnixEpoch);

        Assert.True(VisibilityPolicy.CanReceive(s_repA1, changed, _ => null));
        Assert.True(VisibilityPolicy.CanReceive(s_managerA, changed, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(new Actor("mgr-b", Role.Manager, "team-b"), changed, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(s_wallboard, changed, _ => null));
    }

    [Fact]
    public void Follow_up_events_reach_the_owner_and_its_manager_only()
    {
        var logged = new FollowUpLogged(
            new GrainInterfaces.FollowUps.FollowUpRecord { Id = "f", At = DateTimeOffset.UnixEpoch, ByUserId = "rep-a1", Channel = GrainInterfaces.FollowUps.Channel.Call, Summary = "s", CustomerId = "c1" },
            "rep-a1",
            "team-a");

        Assert.True(VisibilityPolicy.CanReceive(s_repA1, logged, _ => null));
        Assert.True(VisibilityPolicy.CanReceive(s_managerA, logged, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(s_repA2, logged, _ => null));
        Assert.False(VisibilityPolicy.CanReceive(s_wallboard, logged, _ => null));
    }

    [Fact]
    public void Wallboard_tokens_are_managed_by_admins_for_any_scope_and_by_managers_for_their_own_team()
    {
        Assert.True(VisibilityPolicy.CanManageWallboards(s_admin, null));
        Assert.True(VisibilityPolicy.CanManageWallboards(s_admin, "team-b"));
        Assert.True(VisibilityPolicy.CanManageWallboards(s_managerA, "team-a"));
        Assert.False(VisibilityPolicy.CanManageWallboards(s_managerA, "team-b"));
        Assert.False(VisibilityPolicy.CanManageWallboards(s_managerA, null));
        Assert.False(VisibilityPolicy.CanManageWallboards(s_repA1, "team-a"));
        Assert.False(VisibilityPolicy.CanManageWallboards(s_wallboard, null));
    }
}
