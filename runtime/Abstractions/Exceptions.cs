namespace LiveSales.Runtime;

/// <summary>A write or clear found a newer version in storage than the one it was based on.</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException()
    {
    }

    public InconsistentStateException(string message)
        : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base(message)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    public string? StoredEtag { get; }

    public string? CurrentEtag { get; }
}

/// <summary>
/// A call would wait on itself: grain A called B which (directly or not) called A, and A does not
/// interleave. Thrown at once; <see cref="Cycle"/> lists the grains in call order.
/// </summary>
public sealed class CallCycleException : Exception
{
    public CallCycleException()
    {
    }

    public CallCycleException(string message)
        : base(message)
    {
    }

    public CallCycleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CallCycleException(IReadOnlyList<GrainId> cycle)
        : base("Grain call cycle: " + string.Join(" -> ", cycle) + ". The target is busy with the call that waits for it; mark it [Reentrant] or the method [AlwaysInterleave].")
    {
        Cycle = cycle;
    }

    public IReadOnlyList<GrainId> Cycle { get; } = [];
}

/// <summary>Storage could not be reached or answered with an error; the call changed nothing durable.</summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Stored state could not be read into its type; the stored bytes are left untouched.</summary>
public sealed class StateDeserializationException : Exception
{
    public StateDeserializationException()
    {
    }

    public StateDeserializationException(string message)
        : base(message)
    {
    }

    public StateDeserializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
