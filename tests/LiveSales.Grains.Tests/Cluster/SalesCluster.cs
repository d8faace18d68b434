using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;
using LiveSales.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Grains.Tests.Cluster;

/// <summary>
/// A test silo (or several) running the sales grains on a fresh database, with a fake clock, the
/// events of the feed, and a small organisation: admin; team A (manager mgr-a, reps rep-a1, rep-a2);
/// team B (rep rep-b1).
/// </summary>
internal sealed class SalesCluster : IAsyncDisposable
{
    private SalesCluster(TestCluster cluster, EventRecorder recorder)
    {
        Cluster = cluster;
        Recorder = recorder;
    }

    public TestCluster Cluster { get; }

    public EventRecorder Recorder { get; }

    public IGrainFactory Grains => Cluster.GrainFactory;

    public FakeTimeProvider Time => Cluster.Time;

    public IServiceProvider Services => Cluster.Silos[0].Services;

    public Actor Admin { get; } = new("admin", Role.Admin, null);

    public Actor ManagerA { get; } = new("mgr-a", Role.Manager, "team-a");

    public Actor RepA1 { get; } = new("rep-a1", Role.Rep, "team-a");

    public Actor RepA2 { get; } = new("rep-a2", Role.Rep, "team-a");

    public Actor RepB1 { get; } = new("rep-b1", Role.Rep, "team-b");

    public static async Task<SalesCluster> StartAsync(int silos = 1, bool withOrganisation = true, Action<IServiceCollection>? configureServices = null)
    {
        var options = new TestClusterOptions
        {
            Silos = silos,
            ConfigureServices = services =>
            {
                services.AddSalesGrains();
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
                configureServices?.Invoke(services);
            },
        };
        options.GrainAssemblies.Add(SalesGrainsServiceCollectionExtensions.Assembly);
        var cluster = await TestCluster.StartAsync(options);
        var recorder = new EventRecorder();
        cluster.Silos[0].Services.GetRequiredService<IEventFeed>().Subscribe(recorder);
        var sales = new SalesCluster(cluster, recorder);
        if (withOrganisation)
        {
            await sales.CreateOrganisationAsync();
        }

        return sales;
    }

    public T Get<T>(string key)
        where T : IGrainWithStringKey => Grains.GetGrain<T>(key);

    public async Task<UserView> CreateUserAsync(string id, Role role, string? teamId, int? capacity = null, bool away = false)
    {
        var user = await Get<IUserGrain>(id).CreateAsync(Actor.System, new CreateUserInput
        {
            Email = id + "@livesales.test",
            Password = "secret-" + id,
            Name = id,
            Role = role,
            TeamId = teamId,
            Capacity = capacity,
        });
        return away ? await Get<IUserGrain>(id).SetAwayAsync(Actor.System, true) : user;
    }

    public Task<PoolView> CreatePoolAsync(string id, PoolRules rules, params string[] teamIds) =>
        Get<IPoolGrain>(id).CreateAsync(Admin, new CreatePoolInput { Name = "Pool " + id, Rules = rules, TeamIds = teamIds });

    public Task<CustomerView> CreateCustomerAsync(string id, Actor actor, string? ownerId = null, string? poolId = null, string? region = null) =>
        Get<ICustomerGrain>(id).CreateAsync(actor, new CreateCustomerInput { Name = "Customer " + id, OwnerId = ownerId, PoolId = poolId, Region = region });

    /// <summary>Moves the fake clock and delivers every reminder then due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Cluster.DeliverDueRemindersAsync();
    }

    /// <summary>The domain events committed so far, once the feed has delivered them all.</summary>
    public async Task<IReadOnlyList<IDomainEvent>> EventsAsync()
    {
        await Cluster.WaitForEventFeedAsync();
        return Recorder.Events;
    }

    public async Task<IReadOnlyList<AlertRaised>> AlertsAsync(string? recipient = null) =>
        [.. (await EventsAsync()).OfType<AlertRaised>().Where(a => recipient is null || a.RecipientUserId == recipient)];

    public ValueTask DisposeAsync() => Cluster.DisposeAsync();

    private async Task CreateOrganisationAsync()
    {
        await CreateUserAsync("admin", Role.Admin, null);
        await Get<ITeamGrain>("team-a").CreateAsync(Admin, new CreateTeamInput { Name = "Team A" });
        await Get<ITeamGrain>("team-b").CreateAsync(Admin, new CreateTeamInput { Name = "Team B" });
        await CreateUserAsync("mgr-a", Role.Manager, "team-a");
        await Get<ITeamGrain>("team-a").SetManagerAsync(Admin, "mgr-a");
        await CreateUserAsync("rep-a1", Role.Rep, "team-a");
        await CreateUserAsync("rep-a2", Role.Rep, "team-a");
        await CreateUserAsync("rep-b1", Role.Rep, "team-b");
    }
}
