using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

/// <summary>A gate a test opens directly (not through a grain call).</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public void Open() => _open.TrySetResult();

    public Task WaitAsync()
    {
        _entered.TrySetResult();
        return _open.Task;
    }
}

public interface IRelayGrain : IGrainWithStringKey
{
    /// <summary>Waits at the gate, then calls a ping grain.</summary>
    Task<int> WaitThenPing(string pingKey);
}

public sealed class RelayGrain(Gate gate) : Grain, IRelayGrain
{
    public async Task<int> WaitThenPing(string pingKey)
    {
        await gate.WaitAsync();
        return await GrainFactory.GetGrain<IPingGrain>(pingKey).Ping(1);
    }
}
