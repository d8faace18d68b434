using System.Diagnostics;
using System.Globalization;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation;

namespace LiveSales.Benchmarks.GraphQL;

/// <summary>
/// Validation time of LiveSales.GraphQL and of graphql-js (validate-graphql-js.mjs, run by this
/// driver) on the same documents and schema, in one run, measured the same way: warm up, then the
/// best of five rounds. <c>dotnet run -c Release --project tests/LiveSales.Benchmarks -- graphql-validate</c>
/// </summary>
public static class ValidationComparison
{
    private static readonly string s_script = Path.Combine(AppContext.BaseDirectory, "GraphQL", "validate-graphql-js.mjs");

    public static Task<bool> RunAsync(bool smoke)
    {
        int scale = smoke ? 20 : 1;
        var ours = new Dictionary<string, double>
        {
            ["validate dashboard (10 KB)"] = Measure(ValidationDocuments.Dashboard, 2000 / scale),
            ["parse + validate dashboard"] = MeasureWithParse(ValidationDocuments.Dashboard, 2000 / scale),
            ["validate 10,000 aliases"] = Measure(ValidationDocuments.Aliases, 100 / scale),
            ["validate 10,000 identical fields"] = Measure(ValidationDocuments.IdenticalFields, 100 / scale),
        };
        Dictionary<string, double>? reference = smoke ? null : RunGraphQLJs();
        foreach ((string name, double microseconds) in ours)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"LiveSales " + name,-52} {microseconds,10:0.0} us/op"));
            if (reference is not null && reference.TryGetValue(name, out double theirs))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"graphql-js " + name,-52} {theirs,10:0.0} us/op"));
                Report.Ratio("  graphql-js / LiveSales time", theirs / microseconds);
            }
        }

        return Task.FromResult(true);
    }

    private static double Measure(string text, int iterations)
    {
        DocumentNode document = Parser.Parse(text);
        return Best(iterations, () => DocumentValidator.Validate(ValidationDocuments.Schema, document));
    }

    private static double MeasureWithParse(string text, int iterations) =>
        Best(iterations, () => DocumentValidator.Validate(ValidationDocuments.Schema, Parser.Parse(text)));

    private static double Best(int iterations, Func<object> operation)
    {
        for (int i = 0; i < iterations; i++)
        {
            operation();
        }

        double best = double.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                operation();
            }

            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / iterations);
        }

        return best;
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
