namespace LiveSales.Runtime.Core;

/// <summary>
/// Deactivates activations that received no request for the collection age. It wakes every
/// quarter of the age and advances a generation; an activation idle for five generations
/// (at least the age, at most a quarter more) is deactivated.
/// </summary>
internal sealed class IdleCollector(GrainRuntime runtime) : IDisposable
{
    private const int QuartersPerAge = 4;
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private Task _collecting = Task.CompletedTask;

    public void Start()
    {
        var quantum = runtime.Options.CollectionAge / QuartersPerAge;
        _timer = runtime.Time.CreateTimer(static state => ((IdleCollector)state!).OnTimer(), this, quantum, quantum);
    }

    /// <summary>Waits for a collection in progress, then collects once more at the current generation.</summary>
    public async Task CollectAsync()
    {
        Task previous;
        lock (_gate)
        {
            previous = _collecting;
        }

        await previous.ConfigureAwait(false);
        await CollectOnceAsync().ConfigureAwait(false);
    }

    public void Dispose() => _timer?.Dispose();

    private void OnTimer()
    {
        runtime.NextGeneration();
        lock (_gate)
        {
            _collecting = _collecting.IsCompleted ? CollectOnceAsync() : _collecting;
        }
    }

    private Task CollectOnceAsync()
    {
        var generation = runtime.Generation;
        var gone = new List<Task>();
        foreach (var activation in runtime.Directory.All)
        {
            if (generation - activation.LastUsed > QuartersPerAge && activation.IsIdle)
            {
                activation.RequestDeactivation(DeactivationReason.IdleCollected);
                gone.Add(activation.Gone);
            }
        }

        return Task.WhenAll(gone);
    }
}
