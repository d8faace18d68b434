using LiveSales.Runtime;
using LiveSales.Runtime.Events;
using LiveSales.Runtime.Hosting;
using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Testing;

/// <summary>
/// N silos on one test database sharing one fake clock, started inside a test:
/// <code>
/// await using var cluster = await TestCluster.StartAsync(new TestClusterOptions { Silos = 2, GrainAssemblies = { typeof(MyGrain).Assembly } });
/// var grain = cluster.GrainFactory.GetGrain&lt;IMyGrain&gt;("key");
/// cluster.Time.Advance(TimeSpan.FromMinutes(5));
/// await cluster.DeliverDueRemindersAsync();
/// </code>
/// Tests await the pumps (<see cref="DeliverDueRemindersAsync"/>, <see cref="WaitForEventFeedAsync"/>,
/// <see cref="CollectIdleActivationsAsync"/>) instead of sleeping.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private static readonly TimeSpan s_pumpTimeout = TimeSpan.FromSeconds(60);
    private readonly TestClusterOptions _options;
    private readonly bool _ownsDatabase;
    private readonly List<TestSilo> _silos = [];

    private TestCluster(TestClusterOptions options, TestDatabase database, bool ownsDatabase)
    {
        _options = options;
        Database = database;
        _ownsDatabase = ownsDatabase;
        Time = options.Time ?? new FakeTimeProvider();
    }

    public FakeTimeProvider Time { get; }

    public TestDatabase Database { get; }

    /// <summary>Every silo started so far, by index (stopped and killed ones included).</summary>
    public IReadOnlyList<TestSilo> Silos => _silos;

    /// <summary>The grain factory of the first running silo.</summary>
    public IGrainFactory GrainFactory => _silos.First(s => s.IsRunning).GrainFactory;

    public static Task<TestCluster> StartAsync(params System.Reflection.Assembly[] grainAssemblies)
    {
        var options = new TestClusterOptions();
        options.GrainAssemblies.AddRange(grainAssemblies);
        return StartAsync(options);
    }

    public static async Task<TestCluster> StartAsync(TestClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = options.Database ?? await TestDatabase.CreateAsync();
        var cluster = new TestCluster(options, database, options.Database is null);
        try
        {
            await using (var dataSource = database.CreateDataSource())
            {
                await new MigrationRunner(dataSource).ApplyAsync(MigrationsDirectory);
            }

            for (var i = 0; i < options.Silos; i++)
            {
                await cluster.StartSiloAsync();
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The schema files (silo/Migrations) as copied next to the test assembly.</summary>
    public static string MigrationsDirectory => Path.Combine(AppContext.BaseDirectory, "Migrations");

    /// <summary>Starts one more silo; its index is its place in <see cref="Silos"/>.</summary>
    public async Task<TestSilo> StartSiloAsync()
    {
        var silo = await CreateSiloAsync(_silos.Count);
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Graceful stop: turns in flight finish, writes are stored, reminder leases released.</summary>
    public async Task StopSiloAsync(int index)
    {
        var silo = _silos[index];
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        await silo.Host.StopAsync();
        await DisposeHostAsync(silo.Host);
    }

    /// <summary>A crash: no deactivation, no flush, leases kept until they expire.</summary>
    public async Task KillSiloAsync(int index)
    {
        var silo = _silos[index];
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        silo.Lifetime.Kill();
        await DisposeHostAsync(silo.Host);
    }

    /// <summary>Stops the silo (if running) and starts a fresh one in its place.</summary>
    public async Task<TestSilo> RestartSiloAsync(int index)
    {
        await StopSiloAsync(index);
        var silo = await CreateSiloAsync(index);
        _silos[index] = silo;
        return silo;
    }

    /// <summary>
    /// Polls every running silo until no reminder due at the current fake time is left to deliver
    /// (ticks whose handler registers another due tick are delivered too).
    /// </summary>
    public async Task DeliverDueRemindersAsync()
    {
        using var timeout = new CancellationTokenSource(s_pumpTimeout);
        while (true)
        {
            // All silos poll at once, as they do in production: SKIP LOCKED shares the ticks out.
            var delivered = await Task.WhenAll(_silos.Where(s => s.IsRunning).Select(s => s.Reminders.DeliverDueAsync())).WaitAsync(timeout.Token);
            if (delivered.Sum() == 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Waits until every running silo's event feed has delivered every event committed so far, and
    /// the activations the feed found stale have been deactivated.
    /// </summary>
    public async Task WaitForEventFeedAsync()
    {
        EventPosition head;
        await using (var dataSource = Database.CreateDataSource())
        {
            head = await EventLog.ReadHeadAsync(dataSource, CancellationToken.None);
        }

        foreach (var silo in _silos.Where(s => s.IsRunning))
        {
            await silo.Feed.WaitForAsync(head).WaitAsync(s_pumpTimeout);
            await silo.Runtime.WhenLeavingActivationsGoneAsync().WaitAsync(s_pumpTimeout);
        }
    }

    /// <summary>Runs idle collection now on every running silo (after any the clock already started) and waits for it.</summary>
    public async Task CollectIdleActivationsAsync()
    {
        foreach (var silo in _silos.Where(s => s.IsRunning))
        {
            await silo.Collector.CollectAsync().WaitAsync(s_pumpTimeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos.Where(s => s.IsRunning).ToList())
        {
            await StopSiloAsync(silo.Index);
        }

        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    private static async Task DisposeHostAsync(IHost host)
    {
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }

    private async Task<TestSilo> CreateSiloAsync(int index)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddLiveSalesRuntime(runtime => runtime
            .AddGrains([.. _options.GrainAssemblies])
            .UsePostgres(_options.SiloConnectionString ?? Database.ConnectionString)
            .Configure(options =>
            {
                options.SiloName = $"test-silo-{index}-{Guid.NewGuid().ToString("N")[..6]}";
                options.MigrationsDirectory = MigrationsDirectory;
                _options.ConfigureRuntime?.Invoke(options);
            }));
        _options.ConfigureServices?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(index, host);
    }
}
