using BenchmarkDotNet.Running;
using LiveSales.Benchmarks.GraphQL;

namespace LiveSales.Benchmarks;

/// <summary>
/// Benchmarks and load drivers of the runtime, the GraphQL engine and the sales grains, each reported as a ratio to a baseline
/// measured in the same run:
/// <code>dotnet run -c Release --project tests/LiveSales.Benchmarks -- ping|writes|activations|reminders|sales|graphql|graphql-validate|all [--smoke]</code>
/// <c>bdn</c> runs the BenchmarkDotNet latency benchmark of a grain call; <c>graphql-bdn</c> the
/// GraphQL parse and validate benchmarks (BenchmarkDotNet arguments follow, e.g. <c>--filter *Validate*</c>);
/// <c>graphql</c> compares execution and <c>graphql-validate</c> validation with graphql-js in one run. <c>--smoke</c> runs tiny
/// sizes (test.sh does, to keep the drivers working).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
        if (name == "bdn")
        {
            BenchmarkSwitcher.FromTypes([typeof(GrainCallLatency)]).RunAll();
            return 0;
        }

        if (name == "graphql-bdn")
        {
            BenchmarkSwitcher.FromTypes([typeof(ParseBenchmarks), typeof(ValidateBenchmarks)]).Run([.. args.Skip(1)]);
            return 0;
        }

        var drivers = new Dictionary<string, Func<bool, Task<bool>>>
        {
            ["ping"] = PingBenchmark.RunAsync,
            ["writes"] = DurableWriteBenchmark.RunAsync,
            ["activations"] = ActivationBenchmark.RunAsync,
            ["reminders"] = ReminderBenchmark.RunAsync,
            ["sales"] = Sales.SalesScaleBenchmark.RunAsync,
            ["graphql"] = ExecutionBenchmark.RunAsync,
            ["graphql-validate"] = ValidationComparison.RunAsync,
        };
        if (name != "all" && !drivers.ContainsKey(name))
        {
            await Console.Error.WriteLineAsync($"unknown benchmark '{name}'; one of: {string.Join(", ", drivers.Keys)}, all, bdn, graphql-bdn");
            return 2;
        }

        var passed = true;
        foreach (var (driver, run) in drivers.Where(d => name == "all" || d.Key == name))
        {
            Console.WriteLine($"== {driver}{(smoke ? " (smoke)" : "")}");
            passed &= await run(smoke);
        }

        return passed ? 0 : 1;
    }
}
