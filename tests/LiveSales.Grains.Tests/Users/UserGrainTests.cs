using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Tests.Cluster;

namespace LiveSales.Grains.Tests.Users;

public class UserGrainTests
{
    private static CreateUserInput Input(string email, Role role = Role.Rep, string? teamId = null) =>
        new() { Email = email, Password = "correct horse", Name = "Dana Park", Role = role, TeamId = teamId };

    [Fact]
    public async Task Duplicate_email_is_CONFLICT_and_creates_nothing()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        await sales.Get<IUserGrain>("u1").CreateAsync(Actor.System, Input("dana@livesales.test"));

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("u2").CreateAsync(Actor.System, Input("  Dana@LiveSales.test ")));

        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Null(await sales.Get<IUserGrain>("u2").FindAsync());
        Assert.Equal("u1", await sales.Get<IUserEmailGrain>("dana@livesales.test").GetUserIdAsync());
        Assert.Single(await sales.EventsAsync(), e => e is UserChanged);
    }

    [Fact]
    public async Task Email_held_by_a_user_that_was_never_stored_is_taken_over()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        await sales.Get<IUserEmailGrain>("dana@livesales.test").ReserveAsync("half-created");

        var user = await sales.Get<IUserGrain>("u2").CreateAsync(Actor.System, Input("dana@livesales.test"));

        Assert.Equal("u2", user.Id);
        Assert.Equal("u2", await sales.Get<IUserEmailGrain>("dana@livesales.test").GetUserIdAsync());
    }

    [Fact]
    public async Task Password_is_stored_hashed_and_verified()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        await sales.Get<IUserGrain>("u1").CreateAsync(Actor.System, Input("dana@livesales.test"));

        Assert.Equal("u1", (await sales.Get<IUserGrain>("u1").VerifyPasswordAsync("correct horse"))?.Id);
        Assert.Null(await sales.Get<IUserGrain>("u1").VerifyPasswordAsync("wrong horse"));
        await using var connection = sales.Cluster.Database.CreateDataSource();
        await using var command = connection.CreateCommand("SELECT data->>'passwordHash' FROM grain_state WHERE grain_type = 'user' AND grain_key = 'u1'");
        var hash = (string)(await command.ExecuteScalarAsync())!;

        // Format marker 0x01 (PBKDF2, ASP.NET Core Identity v3) in base64.
        Assert.StartsWith("AQAAAA", hash, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", hash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivated_user_cannot_sign_in()
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
        await sales.Get<IUserGrain>("u1").CreateAsync(Actor.System, Input("dana@livesales.test"));

        await sales.Get<IUserGrain>("u1").SetActiveAsync(Actor.System, false);

        Assert.Null(await sales.Get<IUserGrain>("u1").VerifyPasswordAsync("correct horse"));
    }

    [Theory]
    [InlineData("not-an-email", "long enough")]
    [InlineData("dana@livesales.test", "short")]
    public async Task Bad_email_or_short_password_is_BAD_USER_INPUT(string email, string password)
    {
        await using var sales = await SalesCluster.StartAsync(withOrganisation: false);

        var error = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("u1").CreateAsync(Actor.System, Input(email) with { Password = password }));

        Assert.Equal(ErrorCode.BadUserInput, error.Code);
        Assert.Null(await sales.Get<IUserGrain>("u1").FindAsync());
    }

    [Fact]
    public async Task Unknown_team_is_NOT_FOUND() =>
        Assert.Equal(ErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(async () =>
        {
            await using var sales = await SalesCluster.StartAsync(withOrganisation: false);
            await sales.Get<IUserGrain>("u1").CreateAsync(Actor.System, Input("dana@livesales.test", teamId: "nope"));
        })).Code);

    [Fact]
    public async Task Manager_creates_reps_in_its_own_team_only_and_reps_create_nobody()
    {
        await using var sales = await SalesCluster.StartAsync();

        var rep = await sales.Get<IUserGrain>("new-rep").CreateAsync(sales.ManagerA, Input("new@livesales.test", Role.Rep, "team-a"));
        var otherTeam = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("x").CreateAsync(sales.ManagerA, Input("x@livesales.test", Role.Rep, "team-b")));
        var byRep = await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("y").CreateAsync(sales.RepA1, Input("y@livesales.test", Role.Rep, "team-a")));

        Assert.Equal("team-a", rep.TeamId);
        Assert.Equal((ErrorCode.Forbidden, ErrorCode.Forbidden), (otherTeam.Code, byRep.Code));
        Assert.Equal(["mgr-a", "new-rep", "rep-a1", "rep-a2"], (await sales.Get<ITeamGrain>("team-a").FindAsync())!.MemberIds);
    }

    [Fact]
    public async Task Team_members_see_each_other_but_not_other_teams()
    {
        await using var sales = await SalesCluster.StartAsync();

        Assert.Equal("rep-a2", (await sales.Get<IUserGrain>("rep-a2").GetAsync(sales.RepA1)).Id);
        Assert.Equal(ErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => sales.Get<IUserGrain>("rep-b1").GetAsync(sales.RepA1))).Code);
    }
}
