using System.Globalization;

namespace LiveSales.Benchmarks.Sales;

/// <summary>The machine's 1-minute load average (/proc/loadavg), sampled every second while a part runs.</summary>
public sealed class LoadAverage : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _max;

    public LoadAverage()
    {
        Start = Now();
        _max = Start;
        _sampling = Task.Run(SampleAsync);
    }

    public double Start { get; }

    public double Max => _max;

    public static double Now()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>"load 1.2 at start, 3.4 at most, 2.9 at end".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"load average (1 min, {Environment.ProcessorCount} cores): {Start:0.00} at start, {Max:0.00} at most, {Now():0.00} at end");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _max = Math.Max(_max, Now());
            try
            {
                await Task.Delay(1000, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
