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
    private volatile bool _killed;
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
            if (Refuses(caller) is { } closed)
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
            if (Refuses(call.Caller) is { } closed)
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

    /// <summary>Completes when every deactivation asked for so far (idle, stale, requested) has finished.</summary>
    public Task WhenLeavingActivationsGoneAsync() =>
        Task.WhenAll(Directory.All.Where(a => a.IsLeaving).Select(a => a.Gone));

    /// <summary>First step of a graceful stop: calls from outside the silo are refused from now on.</summary>
    public void RefuseOutsideCalls() =>
        _closed ??= new InvalidOperationException("The silo is stopping; grain calls are no longer accepted.");

    /// <summary>
    /// Graceful stop: calls from outside are refused; turns already running finish (and may still
    /// call other grains); every activation deactivates, including any those turns created.
    /// </summary>
    public async Task StopAsync()
    {
        RefuseOutsideCalls();
        await _stopping.CancelAsync().ConfigureAwait(false);
        for (var round = 0; round < 10 && Directory.Count > 0; round++)
        {
            var gone = new List<Task>();
            foreach (var activation in Directory.All)
            {
                activation.RequestDeactivation(DeactivationReason.ShuttingDown);
                gone.Add(activation.Gone);
            }

            await Task.WhenAll(gone).ConfigureAwait(false);
        }
    }

    /// <summary>Simulated crash: every activation is dropped at once, nothing is flushed or released.</summary>
    public void Kill()
    {
        var killed = new InvalidOperationException("The silo was killed.");
        _closed = killed;
        _killed = true;
        _stopping.Cancel();
        foreach (var activation in Directory.All)
        {
            activation.Abandon(killed);
        }
    }

    // The token source is only cancelled, never disposed: hosts may stop the silo after disposing it.
    public void Dispose()
    {
        _closed ??= new InvalidOperationException("The silo has been disposed.");
        _stopping.Cancel();
    }

    // Once stopping, only calls made by running turns get through (so those turns can finish).
    private Exception? Refuses(CallChain? caller) =>
        _closed is { } closed && (caller is null || _killed) ? closed : null;

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
