using LiveSales.Runtime.Core;
using LiveSales.Runtime.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Reminders;

/// <summary>
/// Delivers due reminder ticks: every poll interval it leases a batch of due reminders
/// (<c>FOR UPDATE SKIP LOCKED</c>, so silos never claim the same tick), calls
/// <see cref="IRemindable.ReceiveReminder"/> on each grain, then advances or deletes them.
/// Delivery is at-least-once: a silo that dies mid-batch leaves leases that expire.
/// </summary>
internal sealed class ReminderService(ReminderTable table, GrainRuntime runtime, TimeProvider time, LiveSalesRuntimeOptions options, ILogger<ReminderService> log)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim _polling = new(1, 1);
    private ITimer? _timer;
    private bool _stopped;

    public void Start() =>
        _timer = time.CreateTimer(static state => ((ReminderService)state!).OnTimer(), this, options.ReminderPollInterval, options.ReminderPollInterval);

    /// <summary>Polls until nothing due at the current time is left to claim; returns the ticks delivered.</summary>
    public async Task<int> DeliverDueAsync()
    {
        await _polling.WaitAsync().ConfigureAwait(false);
        try
        {
            var total = 0;
            while (!_stopped)
            {
                var delivered = await PollOnceAsync().ConfigureAwait(false);
                total += delivered;
                if (delivered == 0)
                {
                    break;
                }
            }

            return total;
        }
        finally
        {
            _polling.Release();
        }
    }

    /// <summary>Graceful stop: no more polls, the current batch finishes, this silo's leases are released.</summary>
    public async Task StopAsync()
    {
        _timer?.Dispose();
        await _polling.WaitAsync().ConfigureAwait(false);
        _stopped = true;
        _polling.Release();
        try
        {
            await table.ReleaseLeasesAsync(options.SiloName).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            log.ReminderPollFailed(e);
        }
    }

    /// <summary>Crash: stop polling, keep the leases (they expire).</summary>
    public void Abandon()
    {
        _stopped = true;
        _timer?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _timer?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnTimer()
    {
        if (_stopped || !_polling.Wait(0))
        {
            return;
        }

        _ = PollFromTimerAsync();
    }

    private async Task PollFromTimerAsync()
    {
        try
        {
            // A full batch means more may be due: keep going until a poll comes back short.
            while (!_stopped && await PollOnceAsync().ConfigureAwait(false) >= options.ReminderBatchSize)
            {
            }
        }
        finally
        {
            _polling.Release();
        }
    }

    private async Task<int> PollOnceAsync()
    {
        List<DueReminder> due;
        var now = time.GetUtcNow();
        try
        {
            due = await table.ClaimAsync(now, options.ReminderBatchSize, options.SiloName, now + options.ReminderLease, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            if (!runtime.Stopping.IsCancellationRequested)
            {
                log.ReminderPollFailed(e);
            }

            return 0;
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var outcomes = await Task.WhenAll(due.Select(DeliverAsync)).ConfigureAwait(false);
        var delivered = new List<DueReminder>(due.Count);
        var failed = new List<DueReminder>();
        for (var i = 0; i < due.Count; i++)
        {
            (outcomes[i] ? delivered : failed).Add(due[i]);
        }

        try
        {
            var after = time.GetUtcNow();
            if (delivered.Count > 0)
            {
                await table.CompleteAsync(delivered, after).ConfigureAwait(false);
            }

            if (failed.Count > 0)
            {
                await table.RetryLaterAsync(failed, after + options.ReminderRetryDelay).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            // The leases expire and the ticks are delivered again: at-least-once.
            log.ReminderPollFailed(e);
        }

        return due.Count;
    }

    private async Task<bool> DeliverAsync(DueReminder reminder)
    {
        try
        {
            // A delivery is the silo's own work: it goes on while a graceful stop refuses outside calls.
            CallChain.Current = CallChain.Silo;
            var grain = runtime.Factory.GetGrain<IRemindable>(reminder.Grain);
            await grain.ReceiveReminder(reminder.Name, new TickStatus(reminder.FirstTick, reminder.Period, reminder.DueAt)).ConfigureAwait(false);
            return true;
        }
        catch (Exception e)
        {
            if (!_stopped)
            {
                log.ReminderFailed(e, reminder.Grain, reminder.Name);
            }

            return false;
        }
    }
}
