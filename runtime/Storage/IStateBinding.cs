namespace LiveSales.Runtime.Storage;

/// <summary>A persistent state bound to an activation, as the runtime handles it.</summary>
internal interface IStateBinding
{
    string StateName { get; }

    long Version { get; }

    Task ReadStateAsync();
}
