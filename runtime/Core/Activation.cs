using LiveSales.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Core;

/// <summary>
/// One live grain on this silo: its instance, its request queue and its turn rules. A request runs
/// when the rules admit it (one at a time unless the grain or method interleaves); the others wait
/// in order. Plain grains run their turns inline on the caller's thread (no scheduler hop);
/// interleaving grains run on a one-thread-at-a-time scheduler of their own.
/// </summary>
internal sealed partial class Activation : IGrainContext, IThreadPoolWorkItem
{
    private readonly Queue<WorkItem> _queue = new();
    private readonly ActivationTaskScheduler? _scheduler;
    private List<IStateBinding>? _states;
    private List<object>? _events;
    private List<GrainTimer>? _timers;
    private TaskCompletionSource? _gone;
    private Dictionary<string, long>? _seenWhileActivating;
    private ActivationStatus _status = ActivationStatus.Activating;
    private DeactivationReason? _deactivation;
    private int _running;
    private int _runningNotReadOnly;
    private bool _pumpScheduled;

    public Activation(GrainRuntime runtime, GrainId id, GrainClassInfo grainClass)
    {
        Runtime = runtime;
        GrainId = id;
        Class = grainClass;
        LastUsed = runtime.Generation;
        if (grainClass.NeedsScheduler)
        {
            _scheduler = new ActivationTaskScheduler();
        }
    }

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClassInfo Class { get; }

    public object? Instance { get; private set; }

    /// <summary>The idle collector's generation when a request last arrived.</summary>
    public int LastUsed { get; private set; }

    public IGrainFactory GrainFactory => Runtime.Factory;

    public IGrainReminderRegistry Reminders => Runtime.Reminders;

    public bool IsIdle
    {
        get
        {
            lock (this)
            {
                return _status == ActivationStatus.Valid && _running == 0 && _queue.Count == 0;
            }
        }
    }

    /// <summary>A deactivation was asked for and has not finished yet.</summary>
    public bool IsLeaving
    {
        get
        {
            lock (this)
            {
                return _deactivation is not null || _status == ActivationStatus.Deactivating;
            }
        }
    }

    /// <summary>Completes when the activation has left the directory.</summary>
    public Task Gone
    {
        get
        {
            lock (this)
            {
                if (_status == ActivationStatus.Invalid)
                {
                    return Task.CompletedTask;
                }

                _gone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _gone.Task;
            }
        }
    }

    /// <summary>
    /// Runs the request now when the turn rules allow (inline for plain grains), otherwise queues it.
    /// Null when the activation is gone and the caller must look up the grain again.
    /// </summary>
    public Task? Submit(GrainMethod method, object?[] arguments, CallChain? caller, bool interleaveNow)
    {
        GrainCall? call;
        lock (this)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return null;
            }

            LastUsed = Runtime.Generation;
            if (_status == ActivationStatus.Valid && (_deactivation is null || interleaveNow)
                && (_queue.Count == 0 || interleaveNow || Class.Reentrant || method.AlwaysInterleave) && CanStart(method))
            {
                Enter(method);
                call = _scheduler is null ? null : method.Result.CreateCall(method, arguments, caller);
            }
            else
            {
                call = method.Result.CreateCall(method, arguments, caller);
                call.Target = GrainId;
                _queue.Enqueue(call);
                return call.Task;
            }
        }

        if (call is null)
        {
            return RunInline(method, arguments, caller);
        }

        StartItem(call);
        return call.Task;
    }

    /// <summary>Queues a forwarded request or a timer tick; false when the activation is gone.</summary>
    public bool Enqueue(WorkItem item)
    {
        lock (this)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }

            if (!(_status == ActivationStatus.Valid && _deactivation is null && _queue.Count == 0 && CanStart(item.Method)))
            {
                _queue.Enqueue(item);
                return true;
            }

            Enter(item.Method);
        }

        StartItem(item);
        return true;
    }

    /// <summary>Whether a call from a request this activation is serving may run now rather than deadlock.</summary>
    public bool CanInterleave(GrainMethod method)
    {
        lock (this)
        {
            return Class.Reentrant || method.AlwaysInterleave || (method.ReadOnly && _runningNotReadOnly == 0);
        }
    }

    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (this)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid || _deactivation is not null)
            {
                return;
            }

            _deactivation = reason;
            if (_status != ActivationStatus.Valid || _running != 0 || _pumpScheduled)
            {
                return;
            }

            _pumpScheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    public void OnTurnEnded(GrainMethod? method)
    {
        lock (this)
        {
            _running--;
            if (method is null || !method.ReadOnly)
            {
                _runningNotReadOnly--;
            }

            if (_pumpScheduled || (_queue.Count == 0 && (_deactivation is null || _running != 0)))
            {
                return;
            }

            _pumpScheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    private bool CanStart(GrainMethod? method) =>
        _running == 0 || Class.Reentrant
        || (method is not null && (method.AlwaysInterleave || (method.ReadOnly && _runningNotReadOnly == 0)));

    private void Enter(GrainMethod? method)
    {
        _running++;
        if (method is null || !method.ReadOnly)
        {
            _runningNotReadOnly++;
        }
    }

    private Task RunInline(GrainMethod method, object?[] arguments, CallChain? caller)
    {
        var node = new CallChain(this, caller, method);
        var saved = CallChain.Current;
        CallChain.Current = node;
        Task task;
        try
        {
            task = Runtime.InvokeGrain(this, method, arguments);
        }
        catch (Exception e)
        {
            task = method.Result.FromException(e);
        }
        finally
        {
            CallChain.Current = saved;
        }

        if (task.IsCompleted)
        {
            node.Complete();
            OnTurnEnded(method);
        }
        else
        {
            task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(node.OnInlineTaskCompleted);
        }

        return task;
    }

    private void StartItem(WorkItem item)
    {
        if (_scheduler is null)
        {
            var task = ExecuteItem(item);
            if (task.IsCompleted)
            {
                FinishItem(item, task);
            }
            else
            {
                task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => FinishItem(item, task));
            }

            return;
        }

        // The turn starts on the activation's scheduler; its own task (typed, with the result) is
        // what completes the call, the unwrapped one only says when.
        var start = new ItemStart(this, item);
        var started = Task.Factory.StartNew(
            static state => ((ItemStart)state!).Run(), start, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
        started.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => FinishItem(item, start.Turn ?? started));
    }

    private Task ExecuteItem(WorkItem item)
    {
        var node = new CallChain(this, item.Caller, item.Method);
        item.Node = node;
        var saved = CallChain.Current;
        CallChain.Current = node;
        try
        {
            return item.Execute(this);
        }
        catch (Exception e)
        {
            return item.Method?.Result.FromException(e) ?? Task.FromException(e);
        }
        finally
        {
            CallChain.Current = saved;
        }
    }

    private void FinishItem(WorkItem item, Task task)
    {
        item.Node?.Complete();
        OnTurnEnded(item.Method);
        item.Complete(task);
    }

    void IThreadPoolWorkItem.Execute()
    {
        for (var budget = 0; budget < 64; budget++)
        {
            WorkItem? item = null;
            DeactivationReason reason;
            lock (this)
            {
                if (_status == ActivationStatus.Valid && _deactivation is { } requested && _running == 0)
                {
                    _status = ActivationStatus.Deactivating;
                    _pumpScheduled = false;
                    reason = requested;
                }
                else if (_status == ActivationStatus.Valid && _deactivation is null && _queue.TryPeek(out var next) && CanStart(next.Method))
                {
                    item = _queue.Dequeue();
                    Enter(item.Method);
                    reason = default;
                }
                else
                {
                    _pumpScheduled = false;
                    return;
                }
            }

            if (item is null)
            {
                _ = DeactivateAsync(reason);
                return;
            }

            StartItem(item);
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private sealed class ItemStart(Activation activation, WorkItem item)
    {
        public Task? Turn { get; private set; }

        public Task Run() => Turn = activation.ExecuteItem(item);
    }
}
