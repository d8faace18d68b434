using System.Diagnostics;
using LiveSales.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks;

/// <summary>
/// Activates a million small grains (one call each) and measures the activation rate and the
/// memory they hold, against the same loop creating plain objects into a dictionary.
/// </summary>
public static class ActivationBenchmark
{
    public static async Task<bool> RunAsync(bool smoke)
    {
        var count = smoke ? 10_000 : 1_000_000;
        var workers = Environment.ProcessorCount * 2;
        using var host = await BenchSilo.StartAsync(connectionString: null);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var keys = Enumerable.Range(0, count).Select(i => $"small-{i}").ToArray();

        var baselineMemory = GC.GetTotalMemory(forceFullCollection: true);
        var plain = new System.Collections.Concurrent.ConcurrentDictionary<string, DirectPing>();
        var baselineRate = await RateAsync(count, workers, i =>
        {
            plain[keys[i]] = new DirectPing();
            return Task.CompletedTask;
        });
        plain.Clear();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rate = await RateAsync(count, workers, i => grains.GetGrain<ISmallGrain>(keys[i]).Touch());
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var workingSet = Process.GetCurrentProcess().WorkingSet64;
        var perActivation = (after - before) / (double)count;
        _ = baselineMemory;
        await host.StopAsync();

        Report.Line($"activations", count, "grains");
        Report.Line("plain objects into a dictionary", baselineRate, "per s");
        Report.Line("activation rate (first call)", rate, "per s");
        Report.Ratio("activation rate / plain objects", rate / baselineRate);
        Report.Line("managed memory per activation", perActivation, "bytes");
        Report.Line("managed heap for all activations", (after - before) / 1048576.0, "MiB");
        Report.Line("process working set", workingSet / 1048576.0, "MiB");
        return smoke || Report.Goal("1,000,000 activations in <= 2 GiB", workingSet <= 2L * 1024 * 1024 * 1024);
    }

    private static async Task<double> RateAsync(int count, int workers, Func<int, Task> activate)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await activate(i);
            }
        })));
        return count / clock.Elapsed.TotalSeconds;
    }
}
