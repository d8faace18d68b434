using System.Diagnostics;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks;

/// <summary>
/// Grain call throughput and latency against a direct async interface call, same run, same
/// driver: workers (4 per core) each call their own grain in a loop; latency from one caller.
/// </summary>
public static class PingBenchmark
{
    public static async Task<bool> RunAsync(bool smoke)
    {
        var duration = smoke ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(5);
        var workers = Environment.ProcessorCount * 4;
        using var host = await BenchSilo.StartAsync(connectionString: null);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var grainTargets = Enumerable.Range(0, workers).Select(i => grains.GetGrain<IPingGrain>($"ping-{i}")).ToArray();
        var directTargets = Enumerable.Range(0, workers).Select(_ => (IPingGrain)new DirectPing()).ToArray();

        await ThroughputAsync(grainTargets, TimeSpan.FromMilliseconds(200));
        var direct = await ThroughputAsync(directTargets, duration);
        var grain = await ThroughputAsync(grainTargets, duration);
        var directLatency = Latency(directTargets[0], smoke ? 10_000 : 1_000_000);
        var grainLatency = Latency(grainTargets[0], smoke ? 10_000 : 1_000_000);
        await host.StopAsync();

        Report.Line($"direct call ({workers} workers)", direct, "calls/s");
        Report.Line($"grain call ({workers} workers)", grain, "calls/s");
        Report.Ratio("grain / direct throughput", grain / direct);
        Report.Line("direct call latency p50", directLatency.P50, "ns");
        Report.Line("grain call latency p50", grainLatency.P50, "ns");
        Report.Line("grain call latency p99", grainLatency.P99, "ns");
        Report.Ratio("grain / direct latency p50", grainLatency.P50 / Math.Max(1, directLatency.P50));
        return smoke || Report.Goal($"grain calls >= 1,000,000/s on {Environment.ProcessorCount} cores", grain >= 1_000_000);
    }

    private static async Task<double> ThroughputAsync(IPingGrain[] targets, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(targets.Select(target => Task.Run(async () =>
        {
            long calls = 0;
            while (clock.Elapsed < duration)
            {
                for (var i = 0; i < 1024; i++)
                {
                    await target.Ping(i);
                }

                calls += 1024;
            }

            return calls;
        })));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }

    private static (double P50, double P99) Latency(IPingGrain target, int calls)
    {
        var samples = new long[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            target.Ping(i).GetAwaiter().GetResult();
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(samples);
        var nanosPerTick = 1e9 / Stopwatch.Frequency;
        return (samples[calls / 2] * nanosPerTick, samples[(int)(calls * 0.99)] * nanosPerTick);
    }
}
