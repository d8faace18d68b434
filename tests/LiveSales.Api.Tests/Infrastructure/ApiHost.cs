using LiveSales.Api.Auth;
using LiveSales.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Tests.Infrastructure;

/// <summary>
/// The real silo (its Program) in-process on a fresh database, with a fake clock and the test
/// pumps: <see cref="DeliverDueRemindersAsync"/> and <see cref="WaitForEventFeedAsync"/> instead of sleeping.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string AdminEmail = "admin@api.livesales.test";
    public const string AdminPassword = "admin-password";

    private readonly Factory _factory;
    private readonly bool _ownsDatabase;

    private ApiHost(TestDatabase database, bool ownsDatabase, FakeTimeProvider time, Action<IServiceCollection>? configure)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        Time = time;
        _factory = new Factory(this, configure);
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _factory.Services;

    public Microsoft.AspNetCore.TestHost.TestServer Server => _factory.Server;

    public GraphQLClient GraphQL => new(_factory.CreateClient());

    public static async Task<ApiHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var host = new ApiHost(await TestDatabase.CreateAsync(), ownsDatabase: true, new FakeTimeProvider(), configure);
        _ = host.Server;
        return host;
    }

    /// <summary>Another silo on the same database and clock (dispose it before the first).</summary>
    public ApiHost StartSecondSilo()
    {
        var host = new ApiHost(Database, ownsDatabase: false, Time, null);
        _ = host.Server;
        return host;
    }

    public Task<int> DeliverDueRemindersAsync() => SiloPumps.DeliverDueRemindersAsync(Services);

    public Task WaitForEventFeedAsync() => SiloPumps.WaitForEventFeedAsync(Services);

    /// <summary>Moves the clock, delivers what came due, and waits until the feed passed it on.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await DeliverDueRemindersAsync();
        await WaitForEventFeedAsync();
    }

    /// <summary>A token for the user, straight from the auth service (the login mutation has its own tests).</summary>
    public async Task<string> TokenAsync(string email, string password) =>
        (await Services.GetRequiredService<AuthService>().LoginAsync(email, password)).Token;

    public HubClient Hub(string token) => new(Server, token);

    /// <summary>
    /// Waits until this silo holds <paramref name="count"/> live subscriptions: a GraphQL subscribe
    /// has no acknowledgement, so a test waits for it to be in place before causing events.
    /// </summary>
    /// <summary>
    /// Waits until this host has made <paramref name="count"/> live subscriptions since it started
    /// (a count that only grows: subscriptions of earlier tests ending meanwhile cannot hide a new one).
    /// </summary>
    public async Task WaitForLiveSubscriptionsOpenedAsync(long count)
    {
        var subscriptions = Services.GetRequiredService<LiveSales.Api.Live.LiveSubscriptions>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (subscriptions.Opened < count)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    public long LiveSubscriptionsOpened => Services.GetRequiredService<LiveSales.Api.Live.LiveSubscriptions>().Opened;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private sealed class Factory(ApiHost host, Action<IServiceCollection>? configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:LiveSales", host.Database.ConnectionString);
            builder.UseSetting("LiveSales:Auth:AdminEmail", AdminEmail);
            builder.UseSetting("LiveSales:Auth:AdminPassword", AdminPassword);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(host.Time);
                services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000);
                configure?.Invoke(services);
            });
        }
    }
}
