using LiveSales.Api.Demo;
using LiveSales.Api.Live;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Runtime;
using LiveSales.Runtime.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Api.Hosting;

/// <summary>
/// The API's start-up, after the runtime's migrations: subscribes the live feed, makes sure the
/// default pool and the first admin exist, then reports ready (and seeds the demo org if asked).
/// If the database is not there yet it keeps trying in the background; /healthz says 503 meanwhile.
/// </summary>
public sealed partial class ApiStartupService(
    IEventFeed feed,
    LiveFeed liveFeed,
    RuntimeHealth health,
    IGrainFactory grains,
    AdminBootstrap admin,
    ApiReadiness readiness,
    DemoData demo,
    ILogger<ApiStartupService> log) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private IDisposable? _subscription;
    private Task _background = Task.CompletedTask;
    private Task _demo = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(liveFeed);
        if (health.MigrationsApplied && await TryStartAsync().ConfigureAwait(false))
        {
            return;
        }

        _background = Task.Run(RetryAsync, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _background.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _demo.WaitAsync(cancellationToken).ConfigureAwait(false);
        _subscription?.Dispose();
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _subscription?.Dispose();
    }

    private async Task<bool> TryStartAsync()
    {
        try
        {
            // The default pool creates itself on first use; make it exist from the first start.
            await grains.GetGrain<IPoolGrain>(PoolIds.Default).FindAsync().ConfigureAwait(false);
            await admin.EnsureAdminAsync().ConfigureAwait(false);
            readiness.MarkReady();
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            LogStartFailed(log, e);
            return false;
        }

        if (demo.Enabled)
        {
            _demo = Task.Run(() => demo.RunAsync(_stopping.Token), CancellationToken.None);
        }

        return true;
    }

    private async Task RetryAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (health.MigrationsApplied && await TryStartAsync().ConfigureAwait(false))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API start-up (default pool, first admin) failed; retrying.")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
