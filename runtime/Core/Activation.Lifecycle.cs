using LiveSales.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Core;

internal sealed partial class Activation
{
    /// <summary>Constructs the grain, reads its state, runs OnActivateAsync, then serves queued requests.</summary>
    public void StartActivation()
    {
        _ = _scheduler is null
            ? ActivateAsync()
            : Task.Factory.StartNew(ActivateAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
    }

    public PersistentState<TState> BindState<TState>(string stateName)
    {
        var state = new PersistentState<TState>(this, stateName, Runtime.Storage
            ?? throw new InvalidOperationException($"{Class.Name} has persistent state but no storage is configured; call UsePostgres."));
        (_states ??= []).Add(state);
        return state;
    }

    /// <summary>Another writer stored a newer version of one of this grain's states: drop this copy.</summary>
    public void OnStoredVersionSeen(string stateName, long version)
    {
        var states = _states;
        if (states is null)
        {
            return;
        }

        lock (this)
        {
            // While the state is being read its version is not known yet: judge once it is.
            if (_status == ActivationStatus.Activating)
            {
                _seenWhileActivating ??= [];
                _seenWhileActivating[stateName] = Math.Max(version, _seenWhileActivating.GetValueOrDefault(stateName));
                return;
            }
        }

        foreach (var state in states)
        {
            if (state.StateName == stateName && state.OwnVersion < version)
            {
                Runtime.Log.StaleActivation(GrainId, stateName, state.Version, version);
                RequestDeactivation(DeactivationReason.StaleState);
                return;
            }
        }
    }

    public void RaiseEvent(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        (_events ??= []).Add(@event);
    }

    /// <summary>The events raised since the last write, which the next write stores.</summary>
    public IReadOnlyList<object> TakeEvents()
    {
        var events = _events;
        if (events is null || events.Count == 0)
        {
            return [];
        }

        _events = null;
        return events;
    }

    public void DeactivateOnIdle() => RequestDeactivation(DeactivationReason.ApplicationRequested);

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new GrainTimer(this, callback);
        lock (this)
        {
            (_timers ??= []).Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>Drops the activation at once, as a crash would: no OnDeactivateAsync, waiting requests fail.</summary>
    public void Abandon(Exception reason)
    {
        WorkItem[] pending;
        lock (this)
        {
            _status = ActivationStatus.Invalid;
            pending = [.. _queue];
            _queue.Clear();
        }

        DisposeTimers();
        Runtime.Directory.Remove(this);
        foreach (var item in pending)
        {
            item.Fail(reason);
        }

        _gone?.TrySetResult();
    }

    private async Task ActivateAsync()
    {
        CallChain.Current = new CallChain(this, null, null);
        try
        {
            Instance = Class.Create(this, Runtime.Services);
            if (Instance is Grain grain)
            {
                grain.Context = this;
            }

            if (_states is not null)
            {
                foreach (var state in _states)
                {
                    await state.ReadStateAsync();
                }
            }

            if (SawNewerVersionWhileReading())
            {
                RequestDeactivation(DeactivationReason.StaleState);
            }

            if (Instance is Grain activated)
            {
                await activated.OnActivateAsync(Runtime.Stopping);
            }
        }
        catch (Exception e)
        {
            Runtime.Log.ActivationFailed(e, GrainId);
            Abandon(e);
            return;
        }
        finally
        {
            CallChain.Current?.Complete();
        }

        lock (this)
        {
            _status = ActivationStatus.Valid;
            if (_pumpScheduled || (_queue.Count == 0 && _deactivation is null))
            {
                return;
            }

            _pumpScheduled = true;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: true);
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        // OnDeactivateAsync is a turn of this grain: its calls carry it on the call chain.
        var turn = new CallChain(this, null, null);
        CallChain.Current = turn;
        DisposeTimers();
        if (Instance is Grain grain)
        {
            try
            {
                var deactivate = _scheduler is null
                    ? grain.OnDeactivateAsync(reason, CancellationToken.None)
                    : Task.Factory.StartNew(() => grain.OnDeactivateAsync(reason, CancellationToken.None), CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
                await deactivate.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Runtime.Log.DeactivationFailed(e, GrainId);
            }
        }

        WorkItem[] pending;
        lock (this)
        {
            _status = ActivationStatus.Invalid;
            pending = [.. _queue];
            _queue.Clear();
        }

        turn.Complete();
        Runtime.Directory.Remove(this);
        Runtime.Log.Deactivated(GrainId, reason);
        foreach (var item in pending)
        {
            Runtime.Forward(item);
        }

        _gone?.TrySetResult();
    }

    private bool SawNewerVersionWhileReading()
    {
        lock (this)
        {
            var seen = _seenWhileActivating;
            _seenWhileActivating = null;
            return seen is not null && _states!.Any(s => seen.GetValueOrDefault(s.StateName) > s.Version);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (this)
        {
            if (_timers is null)
            {
                return;
            }

            timers = [.. _timers];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
