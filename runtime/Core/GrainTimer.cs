using Microsoft.Extensions.Logging;

namespace LiveSales.Runtime.Core;

/// <summary>
/// A grain timer: each tick is queued as a turn of the activation. A tick that finds the previous
/// one still queued or running is skipped, so callbacks never pile up.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private int _pending;

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback)
    {
        _activation = activation;
        _callback = callback;
        _timer = activation.Runtime.Time.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Change(TimeSpan dueTime, TimeSpan period) => _timer.Change(dueTime, period);

    public void Dispose()
    {
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnTick()
    {
        if (Interlocked.CompareExchange(ref _pending, 1, 0) != 0)
        {
            return;
        }

        if (!_activation.Enqueue(new Tick(this)))
        {
            Volatile.Write(ref _pending, 0);
        }
    }

    private sealed class Tick(GrainTimer timer) : WorkItem(null, null)
    {
        public override Task Execute(Activation activation) => RunAsync();

        public override void Complete(Task task)
        {
            if (task.IsFaulted)
            {
                timer._activation.Runtime.Log.TimerFailed(task.Exception!.GetBaseException(), timer._activation.GrainId);
            }
        }

        public override void Fail(Exception exception) => Volatile.Write(ref timer._pending, 0);

        // The next tick may be queued as soon as the callback is done: inside the turn, not after it,
        // since a request queued behind this tick may start (and the clock move on) before Complete runs.
        private async Task RunAsync()
        {
            try
            {
                await timer._callback(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                Volatile.Write(ref timer._pending, 0);
            }
        }
    }
}
