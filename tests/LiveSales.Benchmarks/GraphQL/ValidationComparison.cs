using System.Diagnostics;
using System.Globalization;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// Validation time of LiveSales.GraphQL and of graphql-js (validate-graphql-js.mjs, run by this
/// driver) on the same documents and schema, in one run, measured the same way: warm up, then the
/// best of five rounds of about 300 ms, in two alternating passes; also the bytes one validation allocates. <c>dotnet run -c Release --project tests/LiveSales.Benchmarks -- graphql-validate</c>
/// </summary>
public static class ValidationComparison
{
    private static readonly string s_script = Path.Combine(AppContext.BaseDirectory, "GraphQL", "validate-graphql-js.mjs");

    public static Task<bool> RunAsync(bool smoke)
    {
        TimeSpan round = TimeSpan.FromMilliseconds(smoke ? 20 : 300);
        var cases = new (string Name, Func<object> Operation)[]
        {
            ("validate dashboard (10 KB)", Validating(ValidationDocuments.Dashboard)),
            ("parse + validate dashboard", () => DocumentValidator.Validate(ValidationDocuments.Schema, Parser.Parse(ValidationDocuments.Dashboard))),
            ("validate 10,000 aliases", Validating(ValidationDocuments.Aliases)),
            ("validate 10,000 identical fields", Validating(ValidationDocuments.IdenticalFields)),
        };

        // Two passes, each timing LiveSales and then graphql-js, keep the best of each: the machine is shared.
        var ours = new Dictionary<string, double>();
        var theirs = new Dictionary<string, double>();
        for (int pass = 0; pass < (smoke ? 1 : 2); pass++)
        {
            foreach ((string name, Func<object> operation) in cases)
            {
                ours[name] = Math.Min(ours.GetValueOrDefault(name, double.MaxValue), Best(operation, round));
            }

            foreach ((string name, double microseconds) in smoke ? [] : RunGraphQLJs() ?? [])
            {
                theirs[name] = Math.Min(theirs.GetValueOrDefault(name, double.MaxValue), microseconds);
            }
        }

        foreach ((string name, Func<object> operation) in cases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"LiveSales " + name,-52} {ours[name],10:0.0} us/op {Allocated(operation),10:N0} B/op"));
            if (theirs.TryGetValue(name, out double reference))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"graphql-js " + name,-52} {reference,10:0.0} us/op"));
                Report.Ratio("  graphql-js / LiveSales time", reference / ours[name]);
            }
        }

        return Task.FromResult(true);
    }

    private static Func<object> Validating(string text)
    {
        DocumentNode document = Parser.Parse(text);
        return () => DocumentValidator.Validate(ValidationDocuments.Schema, document);
    }

    // Warm up, then the best time per operation over five rounds of about the given length.
    private static double Best(Func<object> operation, TimeSpan round)
    {
        int iterations = 0;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < round * 2)
        {
            operation();
            iterations++;
        }

        int perRound = Math.Max(1, iterations / 2);
        double best = double.MaxValue;
        for (int r = 0; r < 5; r++)
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < perRound; i++)
            {
                operation();
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / perRound);
        }

        return best;
    }

    private static long Allocated(Func<object> operation)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        operation();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // The script prints "name<TAB>microseconds" lines; a missing Node or graphql package only skips the comparison.
    private static Dictionary<string, double>? RunGraphQLJs()
    {
        var start = new ProcessStartInfo("node", [s_script, "--tsv"]) { RedirectStandardOutput = true };
        try
        {
            using Process node = Process.Start(start)!;
            string output = node.StandardOutput.ReadToEnd();
            node.WaitForExit();
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t'))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("  (node not found: graphql-js not measured)");
            return null;
        }
    }
}
