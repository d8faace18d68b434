namespace LiveSales.Runtime;

/// <summary>
/// A grain's durable state. <see cref="Etag"/> is the stored version; a write or clear whose
/// version is stale throws <see cref="InconsistentStateException"/>, after which the runtime drops
/// the activation so the next call reloads. Events raised by the grain since its last write are
/// stored in the same transaction as the state.
/// </summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>The stored version, or null when nothing was ever written.</summary>
    string? Etag { get; }

    /// <summary>True when stored state exists (not never-written, not cleared).</summary>
    bool RecordExists { get; }

    Task ReadStateAsync();

    Task WriteStateAsync();

    Task ClearStateAsync();
}
