using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// The organisation customers are seeded into, created through the grains themselves: teams of ten
/// reps with a manager each, and pools with the default rules open to every rep.
/// </summary>
public sealed class ScaleOrganisation
{
    public const int RepsPerTeam = 10;
    private const int Parallelism = 16;

    private ScaleOrganisation(IReadOnlyList<ScaleRep> reps, IReadOnlyList<PoolView> pools)
    {
        Reps = reps;
        Pools = pools;
    }

    public IReadOnlyList<ScaleRep> Reps { get; }

    public IReadOnlyList<PoolView> Pools { get; }

    public static async Task<ScaleOrganisation> CreateAsync(IGrainFactory grains, int reps, int pools)
    {
        var teams = (reps + RepsPerTeam - 1) / RepsPerTeam;
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (t, _) =>
        {
            var teamId = TeamId(t);
            await grains.GetGrain<ITeamGrain>(teamId).CreateAsync(Actor.System, new CreateTeamInput { Name = $"Team {t:D3}" });
            var managerId = $"mgr-{t:D3}";
            await grains.GetGrain<IUserGrain>(managerId).CreateAsync(Actor.System, User(managerId, $"Manager {t:D3}", Role.Manager, teamId));
            await grains.GetGrain<ITeamGrain>(teamId).SetManagerAsync(Actor.System, managerId);
        });

        var repList = Enumerable.Range(0, reps).Select(r => new ScaleRep($"rep-{r:D4}", $"Rep {r:D4}", TeamId(r / RepsPerTeam))).ToList();
        await Parallel.ForEachAsync(repList, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (rep, _) =>
            await grains.GetGrain<IUserGrain>(rep.Id).CreateAsync(Actor.System, User(rep.Id, rep.Name, Role.Rep, rep.TeamId)));

        var poolList = new List<PoolView>();
        for (var p = 0; p < pools; p++)
        {
            poolList.Add(await grains.GetGrain<IPoolGrain>($"pool-{p}").CreateAsync(Actor.System, new CreatePoolInput { Name = $"Pool {p}" }));
        }

        return new ScaleOrganisation(repList, poolList);
    }

    public static Actor ActorOf(ScaleRep rep) => new(rep.Id, Role.Rep, rep.TeamId);

    /// <summary>The email and password every seeded user signs in with.</summary>
    public static (string Email, string Password) CredentialsOf(string userId) => (userId + "@scale.livesales.test", "secret-" + userId);

    private static string TeamId(int team) => $"team-{team:D3}";

    private static CreateUserInput User(string id, string name, Role role, string teamId) => new()
    {
        Email = CredentialsOf(id).Email,
        Password = CredentialsOf(id).Password,
        Name = name,
        Role = role,
        TeamId = teamId,
    };
}
