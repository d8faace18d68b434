using LiveSales.Runtime;

namespace LiveSales.Benchmarks;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}

/// <summary>The baseline: the same method on a plain object, called directly.</summary>
public sealed class DirectPing : IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}

public interface ISmallGrain : IGrainWithStringKey
{
    Task<int> Touch();
}

/// <summary>A small grain: one field, no state.</summary>
public sealed class SmallGrain : Grain, ISmallGrain
{
    private int _touches;

    public Task<int> Touch() => Task.FromResult(++_touches);
}

public sealed class Counter
{
    public string Name { get; set; } = "";

    public long Value { get; set; }
}

public interface IWriterGrain : IGrainWithStringKey
{
    Task<long> Write();
}

/// <summary>Each call is one durable write: state (jsonb) plus its StateWritten event.</summary>
public sealed class WriterGrain([PersistentState("counter")] IPersistentState<Counter> counter) : Grain, IWriterGrain
{
    public async Task<long> Write()
    {
        counter.State.Value++;
        await counter.WriteStateAsync();
        return counter.State.Value;
    }
}

public interface IBenchAlarmGrain : IGrainWithStringKey, IRemindable
{
}

public sealed class BenchAlarmGrain(TickCounter ticks) : Grain, IBenchAlarmGrain
{
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.Add(GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
