namespace LiveSales.Runtime.Storage;

/// <summary>A persistent state bound to an activation, as the runtime handles it.</summary>
internal interface IStateBinding
{
    string StateName { get; }

    long Version { get; }

    /// <summary>The version this activation has written or is writing right now (Version + 1 while a write is in flight).</summary>
    long OwnVersion { get; }

    Task ReadStateAsync();
}
