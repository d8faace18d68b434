using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

/// <summary>Counts requests inside the grain at once, to detect overlapping turns.</summary>
public interface ISerialGrain : IGrainWithStringKey
{
    Task<int> Work();

    Task<int> MaxInside();
}

public sealed class SerialGrain : Grain, ISerialGrain
{
    private int _inside;
    private int _maxInside;
    private int _done;

    public async Task<int> Work()
    {
        var inside = Interlocked.Increment(ref _inside);
        _maxInside = Math.Max(_maxInside, inside);
        await Task.Yield();
        await Task.Delay(TimeSpan.FromTicks(Random.Shared.Next(0, 10)));
        Interlocked.Decrement(ref _inside);
        return ++_done;
    }

    public Task<int> MaxInside() => Task.FromResult(_maxInside);
}

/// <summary>Requests that wait for a gate another request opens: only possible when interleaving.</summary>
public interface IGateGrain : IGrainWithStringKey
{
    Task<int> WaitForGate();

    Task OpenGate();

    Task<int> MaxInside();

    Task<int> MaxThreadsAtOnce();
}

[Reentrant]
public sealed class ReentrantGateGrain : Grain, IGateGrain
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inside;
    private int _maxInside;
    private int _threads;
    private int _maxThreads;

    public async Task<int> WaitForGate()
    {
        _maxInside = Math.Max(_maxInside, ++_inside);
        Busy();
        await _gate.Task;
        Busy();
        _inside--;
        return _maxInside;
    }

    public Task OpenGate()
    {
        Busy();
        _gate.TrySetResult();
        return Task.CompletedTask;
    }

    public Task<int> MaxInside() => Task.FromResult(_maxInside);

    public Task<int> MaxThreadsAtOnce() => Task.FromResult(_maxThreads);

    // Spins briefly while counting threads inside: two at once would mean two threads in one activation.
    private void Busy()
    {
        var threads = Interlocked.Increment(ref _threads);
        _maxThreads = Math.Max(_maxThreads, threads);
        Thread.SpinWait(2000);
        Interlocked.Decrement(ref _threads);
    }
}

/// <summary>Calls a chain of grains by key: A.Hop([B, A]) makes A call B, which calls A.</summary>
public interface IHopGrain : IGrainWithStringKey
{
    Task<int> Hop(string[] keys, int index);

    [AlwaysInterleave]
    Task<int> HopInterleaved(string[] keys, int index);
}

public sealed class HopGrain : Grain, IHopGrain
{
    public Task<int> Hop(string[] keys, int index) =>
        index < keys.Length ? GrainFactory.GetGrain<IHopGrain>(keys[index]).Hop(keys, index + 1) : Task.FromResult(index);

    public Task<int> HopInterleaved(string[] keys, int index) =>
        index < keys.Length ? GrainFactory.GetGrain<IHopGrain>(keys[index]).HopInterleaved(keys, index + 1) : Task.FromResult(index);
}

/// <summary>Read-only requests may run together; a normal one waits for them.</summary>
public interface IReaderGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<int> Read(int delayMs);

    Task<int> MaxReadersAtOnce();
}

public sealed class ReaderGrain : Grain, IReaderGrain
{
    private int _readers;
    private int _maxReaders;

    public async Task<int> Read(int delayMs)
    {
        _maxReaders = Math.Max(_maxReaders, ++_readers);
        await Task.Delay(delayMs);
        _readers--;
        return _maxReaders;
    }

    public Task<int> MaxReadersAtOnce() => Task.FromResult(_maxReaders);
}
