using System.Globalization;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// The scale load driver of the sales core: customers held by reps, each with a live return clock.
/// Seeds one database per size (organisation through the grains, customers by COPY of exactly the
/// rows the grains write, checked against grain-made twins and read back through the grains), then:
/// <list type="bullet">
/// <item>start-up: time to healthy and working set of the silo executable per size;</item>
/// <item>lists: a rep's customers and pool pages (keyset) at the largest size, p50/p99 vs a primary-key read
/// through grains/Queries, then the same pages as GraphQL over HTTP on the silo executable vs <c>{ __typename }</c>;</item>
/// <item>returns: <c>due</c> customers due in the same real second, one silo then two, each returned exactly once.</item>
/// </list>
/// Sizes: 10,000 / 100,000 / 1,000,000 owned customers (plus a tenth as many in pools), 1,000 reps,
/// 100,000 due; <c>--smoke</c>: 500 / 2,000 customers, 20 reps, 500 due. Environment overrides for
/// partial runs: <c>LIVESALES_SALES_SIZES=10000,100000</c>, <c>LIVESALES_SALES_DUE</c>,
/// <c>LIVESALES_SALES_PARTS=startup,lists,returns</c>, <c>LIVESALES_SALES_ROUNDS</c> (silo starts per size),
/// <c>LIVESALES_SALES_KEEP=1</c> (leave the seeded databases in place for inspection).
/// </summary>
public static class SalesScaleBenchmark
{
    public static async Task<bool> RunAsync(bool smoke)
    {
        var sizes = Setting("LIVESALES_SALES_SIZES", smoke ? "500,2000" : "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var due = int.Parse(Setting("LIVESALES_SALES_DUE", smoke ? "500" : "100000"), CultureInfo.InvariantCulture);
        var parts = Setting("LIVESALES_SALES_PARTS", "startup,lists,returns").Split(',').ToHashSet();
        var rounds = int.Parse(Setting("LIVESALES_SALES_ROUNDS", smoke ? "1" : "5"), CultureInfo.InvariantCulture);
        var keep = Setting("LIVESALES_SALES_KEEP", "0") == "1";
        var reps = smoke ? 20 : 1000;
        const int pools = 5;

        Console.WriteLine("  -- seed: rows as the grains write them");
        var passed = await SeedTwinCheck.RunAsync();
        var databases = new List<SeededDatabase>();
        try
        {
            foreach (var size in sizes)
            {
                await using var load = new LoadAverage();
                var seeded = await SeededDatabase.CreateAsync(size, reps, pools);
                databases.Add(seeded);
                Report.Line($"{seeded.Population.Total:N0} customers ({size:N0} owned, {reps} reps) by COPY", seeded.LoadTime.TotalMilliseconds, "ms");
                Report.Line("  rate", seeded.Population.Total / seeded.LoadTime.TotalSeconds, "customers/s");
                Report.Line("  database size", seeded.Bytes / 1048576.0, "MiB");
                Console.WriteLine("  " + load.Describe());
            }

            passed &= await SeedReadBackCheck.RunAsync(databases[^1], smoke ? 20 : 200);

            if (parts.Contains("startup"))
            {
                Console.WriteLine("  -- start-up of the silo executable against database size");
                await using var load = new LoadAverage();
                passed &= await StartupPart.RunAsync(databases, rounds, settle: TimeSpan.FromSeconds(smoke ? 1 : 3), smoke);
                Console.WriteLine("  " + load.Describe());
            }

            if (parts.Contains("lists"))
            {
                Console.WriteLine("  -- list latency (grains/Queries as the rep)");
                await using (var load = new LoadAverage())
                {
                    passed &= await ListLatencyPart.RunAsync(databases[^1], requests: smoke ? 100 : 4000, workers: 4, smoke);
                    Console.WriteLine("  " + load.Describe());
                }

                Console.WriteLine("  -- list latency as a user sees it (GraphQL over HTTP on the silo executable, signed in as the rep)");
                await using (var load = new LoadAverage())
                {
                    passed &= await GraphQLListPart.RunAsync(databases[^1], requests: smoke ? 100 : 4000, workers: 4, smoke);
                    Console.WriteLine("  " + load.Describe());
                }
            }

            if (parts.Contains("returns"))
            {
                foreach (var silos in new[] { 1, 2 })
                {
                    Console.WriteLine($"  -- returns: {due:N0} due in the same second, {silos} silo(s)");
                    passed &= await ReturnsPart.RunAsync(databases[^1], Math.Min(due, databases[^1].Population.Owned), silos, smoke);
                }
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                if (keep)
                {
                    Console.WriteLine($"  kept database {database.Database.Name}");
                }
                else
                {
                    await database.DisposeAsync();
                }
            }
        }

        return passed;
    }

    private static string Setting(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
}
