using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>
/// A small organisation made straight through the grains: team A (manager mgr-a, reps rep-a1 and
/// rep-a2), team B (manager mgr-b, rep rep-b1), pool-a open to team A only, and the default pool
/// open to everyone. Each user's password is "pw-" + its id; tokens come from the auth service.
/// </summary>
public sealed class TestOrg
{
    public const string TeamA = "team-a";
    public const string TeamB = "team-b";
    public const string PoolA = "pool-a";

    private readonly Dictionary<string, string> _tokens = [];

    private TestOrg(ApiHost host) => Host = host;

    public ApiHost Host { get; }

    public string Admin => _tokens["admin"];

    public string ManagerA => _tokens["mgr-a"];

    public string ManagerB => _tokens["mgr-b"];

    public string RepA1 => _tokens["rep-a1"];

    public string RepA2 => _tokens["rep-a2"];

    public string RepB1 => _tokens["rep-b1"];

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public static string Email(string userId) => userId + "@api.livesales.test";

    public static async Task<TestOrg> CreateAsync(ApiHost host)
    {
        var org = new TestOrg(host);
        var grains = org.Grains;
        await org.UserAsync("mgr-a", Role.Manager, null);
        await org.UserAsync("mgr-b", Role.Manager, null);
        await grains.GetGrain<ITeamGrain>(TeamA).CreateAsync(Actor.System, new CreateTeamInput { Name = "Team A", ManagerId = "mgr-a" });
        await grains.GetGrain<ITeamGrain>(TeamB).CreateAsync(Actor.System, new CreateTeamInput { Name = "Team B", ManagerId = "mgr-b" });
        await org.UserAsync("rep-a1", Role.Rep, TeamA);
        await org.UserAsync("rep-a2", Role.Rep, TeamA);
        await org.UserAsync("rep-b1", Role.Rep, TeamB);
        await grains.GetGrain<IPoolGrain>(PoolA).CreateAsync(Actor.System, new CreatePoolInput { Name = "Pool A", TeamIds = [TeamA] });
        org._tokens["admin"] = await host.TokenAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        foreach (var id in new[] { "mgr-a", "mgr-b", "rep-a1", "rep-a2", "rep-b1" })
        {
            org._tokens[id] = await host.TokenAsync(Email(id), "pw-" + id);
        }

        await host.WaitForEventFeedAsync();
        return org;
    }

    private Task<UserView> UserAsync(string id, Role role, string? teamId) =>
        Grains.GetGrain<IUserGrain>(id).CreateAsync(Actor.System, new CreateUserInput
        {
            Email = Email(id),
            Password = "pw-" + id,
            Name = id,
            Role = role,
            TeamId = teamId,
        });
}
