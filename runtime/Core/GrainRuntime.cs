using LiveSales.Runtime.Hosting;
using LiveSales.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveSales.Runtime.Core;

/// <summary>
/// The heart of a silo: finds or creates the activation of a grain, checks the call chain for
/// cycles and hands the request to the activation's turn rules.
/// </summary>
internal sealed class GrainRuntime : IDisposable
{
    private readonly IIncomingGrainCallFilter[] _filters;
    private readonly CancellationTokenSource _stopping = new();
    private volatile Exception? _closed;
    private int _generation;

    public GrainRuntime(
        GrainTypeRegistry registry,
        IServiceProvider services,
        TimeProvider time,
        IOptions<LiveSalesRuntimeOptions> options,
        IEnumerable<IIncomingGrainCallFilter> filters,
        ILogger<GrainRuntime> log)
    {
        Registry = registry;
        Services = services;
        Time = time;
        Options = options.Value;
        Log = log;
        _filters = [.. filters];
        Factory = new GrainFactory(this);
        Storage = services.GetService<GrainStateStorage>();
        Reminders = services.GetService<IGrainReminderRegistry>() ?? NoReminders.Instance;
    }

    public GrainTypeRegistry Registry { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Time { get; }

    public LiveSalesRuntimeOptions Options { get; }

    public ILogger Log { get; }

    public IGrainFactory Factory { get; }

    public GrainStateStorage? Storage { get; }

    public IGrainReminderRegistry Reminders { get; }

    public ActivationDirectory Directory { get; } = new();

    /// <summary>Cancelled when the silo begins to stop.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Advanced by the idle collector; activations remember the generation of their last request.</summary>
    public int Generation => Volatile.Read(ref _generation);

    public int NextGeneration() => Interlocked.Increment(ref _generation);

    public Task Invoke(GrainId id, GrainMethod method, object?[] arguments)
    {
        var caller = CallChain.Current;
        while (true)
        {
            if (_closed is { } closed)
            {
                return method.Result.FromException(closed);
            }

            Activation activation;
            try
            {
                activation = GetOrActivate(id);
            }
            catch (Exception e)
            {
                return method.Result.FromException(e);
            }

            var interleaveNow = false;
            if (caller?.FindRunning(activation) is { } waiting)
            {
                if (!activation.CanInterleave(method))
                {
                    return method.Result.FromException(new CallCycleException(caller.CycleFrom(waiting)));
                }

                interleaveNow = true;
            }

            var task = activation.Submit(method, arguments, caller, interleaveNow);
            if (task is not null)
            {
                return task;
            }
        }
    }

    /// <summary>Runs the grain method through the incoming call filters, if any are registered.</summary>
    public Task InvokeGrain(Activation activation, GrainMethod method, object?[] arguments)
    {
        if (_filters.Length == 0)
        {
            return method.Invoke(activation.Instance!, arguments);
        }

        var context = new GrainCallContext(activation, method, arguments, _filters);
        return method.Result.FromFilterPipeline(context.Invoke(), context);
    }

    /// <summary>Moves a request queued on a deactivated activation to the grain's next activation.</summary>
    public void Forward(WorkItem item)
    {
        if (item is not GrainCall call)
        {
            item.Fail(new InvalidOperationException("The activation was deactivated."));
            return;
        }

        while (true)
        {
            if (_closed is { } closed)
            {
                item.Fail(closed);
                return;
            }

            if (GetOrActivate(call.Target).Enqueue(item))
            {
                return;
            }
        }
    }

    public bool TryGetActivation(GrainId id, out Activation activation) => Directory.TryGet(id, out activation);

    /// <summary>Graceful stop: no new activations, every activation finishes its turns and deactivates.</summary>
    public async Task StopAsync()
    {
        _closed = new InvalidOperationException("The silo is stopping; grain calls are no longer accepted.");
        await _stopping.CancelAsync().ConfigureAwait(false);
        var gone = new List<Task>();
        foreach (var activation in Directory.All)
        {
            activation.RequestDeactivation(DeactivationReason.ShuttingDown);
            gone.Add(activation.Gone);
        }

        await Task.WhenAll(gone).ConfigureAwait(false);
    }

    /// <summary>Simulated crash: every activation is dropped at once, nothing is flushed or released.</summary>
    public void Kill()
    {
        var killed = new InvalidOperationException("The silo was killed.");
        _closed = killed;
        _stopping.Cancel();
        foreach (var activation in Directory.All)
        {
            activation.Abandon(killed);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private Activation GetOrActivate(GrainId id)
    {
        if (Directory.TryGet(id, out var existing))
        {
            return existing;
        }

        var fresh = new Activation(this, id, Registry.GetClass(id.Type));
        var activation = Directory.GetOrAdd(fresh);
        if (ReferenceEquals(activation, fresh))
        {
            fresh.StartActivation();
        }

        return activation;
    }
}
