namespace LiveSales.Runtime.Core;

/// <summary>
/// One request on the logical call stack: the activation serving it and the request that called it.
/// It flows with the async context, so a call can see which requests are waiting for it and
/// fail at once when it would wait for itself (A → B → A).
/// </summary>
internal sealed class CallChain(Activation? activation, CallChain? caller, GrainMethod? method)
{
    private static readonly AsyncLocal<CallChain?> s_current = new();

    /// <summary>The silo's own work (reminder deliveries): not a grain, but not an outside caller either.</summary>
    public static readonly CallChain Silo = new(null, null, null);
    private volatile bool _completed;

    public static CallChain? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }

    public Activation? Activation { get; } = activation;

    public CallChain? Caller { get; } = caller;

    public GrainMethod? Method { get; } = method;

    public bool Completed => _completed;

    public void Complete() => _completed = true;

    /// <summary>Ends an inline request whose task completed asynchronously.</summary>
    public void OnInlineTaskCompleted()
    {
        _completed = true;
        Activation!.OnTurnEnded(Method);
    }

    /// <summary>The innermost request still running on <paramref name="target"/>, if any waits on this call.</summary>
    public CallChain? FindRunning(Activation target)
    {
        for (var node = this; node is not null; node = node.Caller)
        {
            if (ReferenceEquals(node.Activation, target) && !node.Completed)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The grains from <paramref name="waiting"/> down to this request, then the target again.</summary>
    public IReadOnlyList<GrainId> CycleFrom(CallChain waiting)
    {
        var cycle = new List<GrainId>();
        for (var node = this; node is not null; node = node.Caller)
        {
            cycle.Add(node.Activation!.GrainId);
            if (ReferenceEquals(node, waiting))
            {
                break;
            }
        }

        cycle.Reverse();
        cycle.Add(waiting.Activation!.GrainId);
        return cycle;
    }
}
