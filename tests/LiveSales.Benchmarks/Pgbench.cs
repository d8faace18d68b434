using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace LiveSales.Benchmarks;

/// <summary>Runs PostgreSQL's pgbench with a custom script against a database and returns its tps.</summary>
public static partial class Pgbench
{
    public static string Binary =>
        Environment.GetEnvironmentVariable("PGBENCH")
        ?? Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", "pgbench")).LastOrDefault(File.Exists)
        ?? "pgbench";

    public static async Task<double> RunAsync(string connectionString, string script, int clients, TimeSpan duration)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var file = Path.Combine(Path.GetTempPath(), $"livesales-pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var start = new ProcessStartInfo(Binary)
            {
                ArgumentList =
                {
                    "-n", "-M", "prepared", "-f", file, "-c", clients.ToString(CultureInfo.InvariantCulture),
                    "-j", Math.Min(clients, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
                    "-T", ((int)Math.Ceiling(duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture),
                    "-h", settings.Host!, "-p", settings.Port.ToString(CultureInfo.InvariantCulture),
                    "-U", settings.Username ?? "postgres", settings.Database!,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var tps = TpsPattern().Match(output);
            return process.ExitCode == 0 && tps.Success
                ? double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {output} {error}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();
}
