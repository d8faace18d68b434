using System.Globalization;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Start-up against database size: the silo executable is started on each seeded database in turn
/// (sizes interleaved, several rounds) and timed from process start to <c>/healthz</c> 200; its
/// working set is read once it has run a few reminder polls. Reported as ratios to the smallest size.
/// </summary>
public static class StartupPart
{
    public static async Task<bool> RunAsync(IReadOnlyList<SeededDatabase> databases, int rounds, TimeSpan settle, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(databases);
        var healthy = databases.Select(_ => new List<double>()).ToList();
        var memory = databases.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < databases.Count; i++)
            {
                await using var silo = SiloProcess.Start(databases[i].Database.ConnectionString);
                healthy[i].Add((await silo.WaitHealthyAsync(TimeSpan.FromSeconds(120))).TotalMilliseconds);
                await Task.Delay(settle);
                memory[i].Add(silo.WorkingSet / 1048576.0);
            }
        }

        var baseTime = Median(healthy[0]);
        var baseMemory = Median(memory[0]);
        for (var i = 0; i < databases.Count; i++)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{databases[i].Population.Owned:N0} customers");
            Report.Line($"{label}: time to healthy (median of {rounds})", Median(healthy[i]), "ms");
            Report.Line($"{label}: working set after {settle.TotalSeconds:0} s", Median(memory[i]), "MiB");
            Report.Ratio($"{label}: time / smallest", Median(healthy[i]) / baseTime);
            Report.Ratio($"{label}: memory / smallest", Median(memory[i]) / baseMemory);
        }

        var timeRatio = Median(healthy[^1]) / baseTime;
        var memoryRatio = Median(memory[^1]) / baseMemory;
        return SpeedGoal.Judge("start-up time and memory do not grow with customers (largest/smallest <= 1.5x time, <= 1.25x memory)", timeRatio <= 1.5 && memoryRatio <= 1.25, smoke);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
