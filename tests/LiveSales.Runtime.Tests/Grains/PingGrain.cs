using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);

    ValueTask<int> PingValue(int value);

    ValueTask Touch();

    Task<string> Key();

    Task Fail(string message);

    Task<int> FailAfterAwait(string message);
}

public interface IGuidPingGrain : IGrainWithGuidKey
{
    Task<Guid> Key();
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);

    public ValueTask<int> PingValue(int value) => ValueTask.FromResult(value * 2);

    public ValueTask Touch() => ValueTask.CompletedTask;

    public Task<string> Key() => Task.FromResult(GetPrimaryKeyString());

    public Task Fail(string message) => throw new InvalidOperationException(message);

    public async Task<int> FailAfterAwait(string message)
    {
        await Task.Yield();
        throw new ArgumentException(message);
    }
}

public sealed class GuidPingGrain : Grain, IGuidPingGrain
{
    public Task<Guid> Key() => Task.FromResult(GetPrimaryKey());
}
