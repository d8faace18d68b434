using System.Globalization;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Measures kinds of requests in turn and prints one line each: warmed up, then one at a time, then
/// with several concurrent workers. The first kind is the baseline the others are compared with;
/// every other kind is judged against the p99 goal when <c>judged</c>. A request returns false when
/// its answer is wrong; a wrong answer always fails the run.
/// </summary>
public static class LatencyTable
{
    public static async Task<bool> RunAsync(IReadOnlyList<(string Name, Func<Random, Task<bool>> Request)> kinds, int requests, int workers, bool smoke, bool judged = true)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var passed = true;
        LatencySample? baseline = null;
        LatencySample? alone = null;
        foreach (var (name, request) in kinds)
        {
            var seed = new Random(name.Length);
            await LatencySample.MeasureAsync(Math.Max(20, requests / 10), workers, _ => request(Next(seed)));

            // The same requests one at a time: what each costs without queueing behind the others.
            var single = await LatencySample.MeasureAsync(Math.Max(20, requests / 4), 1, _ => request(Next(seed)));
            var sample = await LatencySample.MeasureAsync(requests, workers, _ => request(Next(seed)));
            baseline ??= sample;
            alone ??= single;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {name,-44} p50 {sample.P50,6:0.00} p99 {sample.P99,6:0.00} max {sample.Max,7:0.00} ms ({sample.P99 / baseline.P99,4:0.0}x base) | alone p50 {single.P50,5:0.00} p99 {single.P99,6:0.00} ms ({single.P99 / alone.P99,4:0.0}x) | wrong {sample.Wrong + single.Wrong}"));
            passed &= sample.Wrong == 0 && single.Wrong == 0;
            if (judged && !ReferenceEquals(sample, baseline))
            {
                passed &= SpeedGoal.Judge($"{name}: p99 < 20 ms with {workers} concurrent", sample.P99 < 20, smoke);
            }
        }

        return passed;
    }

    // Requests draw from one shared generator (Random is not thread-safe: one per request).
    private static Random Next(Random seed)
    {
        lock (seed)
        {
            return new Random(seed.Next());
        }
    }
}
