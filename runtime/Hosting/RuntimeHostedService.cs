using LiveSales.Runtime.Core;
using LiveSales.Runtime.Events;
using LiveSales.Runtime.Reminders;
using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Hosting;

/// <summary>
/// Starts a silo's background work (migrations, event feed, reminder poller, idle collector) and
/// stops it gracefully: polls end, turns in flight finish, activations deactivate, queued writes
/// are stored, reminder leases are released.
/// </summary>
internal sealed class RuntimeHostedService(IServiceProvider services, GrainRuntime runtime, IdleCollector collector, RuntimeHealth health, ILogger<RuntimeHostedService> log)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    // Resolved up front: a host may stop the silo after its container was disposed.
    private readonly LiveSalesDatabase? _database = services.GetService<LiveSalesDatabase>();
    private readonly ReminderService? _reminders = services.GetService<ReminderService>();
    private readonly StateWriter? _writer = services.GetService<StateWriter>();
    private readonly EventFeed? _feed = services.GetService<EventFeed>();
    private readonly MigrationRunner? _migrations = services.GetService<MigrationRunner>();
    private Task _startup = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        collector.Start();
        if (_database is null)
        {
            health.MarkMigrated();
            log.SiloStarted(runtime.Options.SiloName);
            return;
        }

        // The first attempt runs before the host reports started; if the database is away, the
        // silo still starts (health says 503) and keeps trying in the background.
        if (!await TryStartStorageAsync(cancellationToken).ConfigureAwait(false))
        {
            _startup = RetryStartAsync();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        runtime.RefuseOutsideCalls();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _startup.ConfigureAwait(false);
        collector.Dispose();
        var reminders = _reminders;
        if (reminders is not null)
        {
            await reminders.StopAsync().ConfigureAwait(false);
        }

        var count = runtime.Directory.Count;
        await runtime.StopAsync().ConfigureAwait(false);
        if (_writer is { } writer)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        if (reminders is not null)
        {
            // Ticks claimed by turns that were still running are given back too.
            await reminders.StopAsync().ConfigureAwait(false);
        }

        if (_feed is { } feed)
        {
            await feed.DisposeAsync().ConfigureAwait(false);
        }

        log.SiloStopped(runtime.Options.SiloName, count);
    }

    /// <summary>Simulates a crash: everything stops at once; nothing is flushed or released.</summary>
    public void Kill()
    {
        _stopping.Cancel();
        collector.Dispose();
        _reminders?.Abandon();
        runtime.Kill();
        _database?.DataSource.Dispose();
    }

    // Cancelled, never disposed: a host may stop the silo after disposing its container.
    public void Dispose() => _stopping.Cancel();

    private async Task<bool> TryStartStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            var directory = runtime.Options.MigrationsDirectory;
            if (directory is not null)
            {
                await _migrations!.ApplyAsync(directory, cancellationToken).ConfigureAwait(false);
            }

            health.MarkMigrated();
            await _feed!.StartAsync(cancellationToken).ConfigureAwait(false);
            _reminders!.Start();
            log.SiloStarted(runtime.Options.SiloName);
            return true;
        }
        catch (Exception e) when (StorageErrors.IsUnavailable(e))
        {
            log.MigrationsFailed(e);
            return false;
        }
    }

    private async Task RetryStartAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(2), _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryStartStorageAsync(_stopping.Token).ConfigureAwait(false))
            {
                return;
            }
        }
    }
}
