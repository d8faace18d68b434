using LiveSales.Runtime;

namespace LiveSales.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period);

    Task Stop();

    Task<int> Ticks();

    /// <summary>Holds the grain busy until <see cref="Release"/>; a timer tick must wait behind it.</summary>
    [AlwaysInterleave]
    Task Release();

    /// <summary>Completes once <see cref="Hold"/> has begun.</summary>
    [AlwaysInterleave]
    Task Holding();

    Task Hold();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _holdingStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IGrainTimer? _timer;
    private int _ticks;
    private bool _holding;

    public Task Start(TimeSpan period)
    {
        _timer = RegisterGrainTimer(_ =>
        {
            if (_holding)
            {
                throw new InvalidOperationException("a timer tick ran while a request held the grain");
            }

            _ticks++;
            return Task.CompletedTask;
        }, period, period);
        return Task.CompletedTask;
    }

    public Task Stop()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> Ticks() => Task.FromResult(_ticks);

    public async Task Hold()
    {
        _holding = true;
        _holdingStarted.TrySetResult();
        await _released.Task;
        _holding = false;
    }

    public Task Holding() => _holdingStarted.Task;

    public Task Release()
    {
        _released.TrySetResult();
        return Task.CompletedTask;
    }
}
