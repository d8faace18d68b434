using System.Diagnostics;

namespace LiveSales.Benchmarks.Sales;

/// <summary>Latencies of one kind of request, run by several concurrent workers.</summary>
public sealed class LatencySample
{
    private readonly double[] _sorted;

    private LatencySample(double[] milliseconds, int wrong)
    {
        _sorted = [.. milliseconds.Order()];
        Wrong = wrong;
    }

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Max => _sorted[^1];

    public int Count => _sorted.Length;

    /// <summary>Requests whose answer was not the expected one.</summary>
    public int Wrong { get; }

    /// <summary>Runs <paramref name="requests"/> calls of <paramref name="request"/> (given the request number; false = wrong answer) on <paramref name="workers"/> workers.</summary>
    public static async Task<LatencySample> MeasureAsync(int requests, int workers, Func<int, Task<bool>> request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var times = new double[requests];
        var wrong = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                var right = await request(i);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!right)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })));
        return new LatencySample(times, wrong);
    }

    private double Percentile(double p) => _sorted[Math.Min(_sorted.Length - 1, (int)Math.Ceiling(p * _sorted.Length) - 1)];
}
