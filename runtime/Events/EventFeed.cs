using LiveSales.Runtime.Core;
using LiveSales.Runtime.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LiveSales.Runtime.Events;

/// <summary>
/// Tails the <c>events</c> table in (transaction, sequence) order and hands each batch to this
/// silo: first to the activations (a newer version from elsewhere drops the local copy), then to
/// the subscribed observers. It reads only transactions older than the oldest one still running,
/// so an event committed late by a concurrent transaction is never skipped. NOTIFY wakes it; a
/// slow poll covers lost notifications.
/// </summary>
internal sealed class EventFeed(NpgsqlDataSource dataSource, GrainRuntime runtime, LiveSalesRuntimeOptions options, ILogger<EventFeed> log)
    : IEventFeed, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly List<(EventPosition Target, TaskCompletionSource Done)> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private IEventObserver[] _observers = [];
    private EventPosition _delivered;
    private Task _reading = Task.CompletedTask;
    private Task _listening = Task.CompletedTask;
    private int _disposed;

    public EventPosition Delivered
    {
        get
        {
            lock (_gate)
            {
                return _delivered;
            }
        }
    }

    public IDisposable Subscribe(IEventObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }

        return new Subscription(this, observer);
    }

    public Task<IReadOnlyList<EventEnvelope>> ReadAsync(EventPosition after, int max, CancellationToken cancellationToken = default) =>
        EventLog.ReadStableAsync(dataSource, after, max, cancellationToken);

    /// <summary>Starts from the current end of the log: observers see what is committed from now on.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _delivered = await EventLog.ReadStablePositionAsync(dataSource, cancellationToken).ConfigureAwait(false);
        _reading = Task.Run(ReadLoopAsync, CancellationToken.None);
        _listening = Task.Run(ListenLoopAsync, CancellationToken.None);
    }

    /// <summary>Asks for a read now (a notification arrived, or a test wants the feed to catch up).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Completes once every event up to <paramref name="target"/> has been delivered.</summary>
    public Task WaitForAsync(EventPosition target)
    {
        lock (_gate)
        {
            if (_delivered >= target)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((target, done));
            Wake();
            return done.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_reading, _listening).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            var delay = options.EventPollInterval;
            try
            {
                var (count, blocked) = await ReadOnceAsync(token).ConfigureAwait(false);
                if (count == options.EventBatchSize)
                {
                    continue;
                }

                if (blocked)
                {
                    // Committed events wait behind a transaction still running: look again soon.
                    delay = TimeSpan.FromMilliseconds(20);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.FeedReadFailed(e);
                delay = TimeSpan.FromSeconds(1);
            }

            try
            {
                await _wake.WaitAsync(delay, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<(int Count, bool Blocked)> ReadOnceAsync(CancellationToken token)
    {
        var (events, blocked) = await EventLog.ReadAsync(dataSource, Delivered, options.EventBatchSize, token).ConfigureAwait(false);
        if (events.Count > 0)
        {
            foreach (var envelope in events)
            {
                if (runtime.TryGetActivation(envelope.Source, out var activation))
                {
                    activation.OnStoredVersionSeen(envelope.StateName, envelope.Version);
                }
            }

            foreach (var observer in Volatile.Read(ref _observers))
            {
                try
                {
                    await observer.OnEventsAsync(events, token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    log.ObserverFailed(e, observer.GetType().Name);
                }
            }

            Advance(events[^1].Position);
        }

        return (events.Count, blocked);
    }

    private void Advance(EventPosition position)
    {
        List<TaskCompletionSource> done = [];
        lock (_gate)
        {
            _delivered = position;
            _waiters.RemoveAll(w =>
            {
                if (w.Target > position)
                {
                    return false;
                }

                done.Add(w.Done);
                return true;
            });
        }

        foreach (var waiter in done)
        {
            waiter.TrySetResult();
        }
    }

    private async Task ListenLoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                connection.Notification += (_, _) => Wake();
                await using (var listen = new NpgsqlCommand("LISTEN livesales_events", connection))
                {
                    await listen.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }

                // Anything committed while we were not listening is read now.
                Wake();
                while (true)
                {
                    await connection.WaitAsync(token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.FeedReadFailed(e);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private sealed class Subscription(EventFeed feed, IEventObserver observer) : IDisposable
    {
        public void Dispose()
        {
            lock (feed._gate)
            {
                feed._observers = [.. feed._observers.Where(o => !ReferenceEquals(o, observer))];
            }
        }
    }
}
