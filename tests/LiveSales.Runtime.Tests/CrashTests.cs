using System.Diagnostics;
using System.Globalization;
using LiveSales.Runtime.Storage;
using LiveSales.Testing;

namespace LiveSales.Runtime.Tests;

public sealed class CrashTests
{
    [Fact]
    public async Task A_silo_killed_mid_write_load_loses_no_acknowledged_write()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var dataSource = database.CreateDataSource())
        {
            await new MigrationRunner(dataSource).ApplyAsync(TestCluster.MigrationsDirectory);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", typeof(CrashWriter).Assembly.Location, "crash-writer", database.ConnectionString },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var child = Process.Start(start)!;
        var acknowledged = new Dictionary<string, int>();
        var lines = 0;
        while (lines < 2000 && await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
        {
            Record(line, acknowledged);
            lines++;
        }

        child.Kill(entireProcessTree: true);
        while (await child.StandardOutput.ReadLineAsync() is { } rest)
        {
            Record(rest, acknowledged);
        }

        await child.WaitForExitAsync();
        var stored = await ReadVisitsAsync(database);

        Assert.True(lines >= 2000, "the child wrote under load before it was killed: " + await child.StandardError.ReadToEndAsync());
        Assert.Equal(CrashWriter.Writers, acknowledged.Count);
        Assert.All(acknowledged, ack => Assert.True(stored[ack.Key].Visits >= ack.Value, $"{ack.Key}: acknowledged {ack.Value}, stored {stored[ack.Key].Visits}"));
        Assert.All(stored.Values, s => Assert.Equal(s.Version, s.Visits));
        Assert.All(stored.Values, s => Assert.Equal(s.Version, s.Events));
    }

    private static void Record(string line, Dictionary<string, int> acknowledged)
    {
        var parts = line.Split(' ');
        if (parts is ["ack", var key, var visits])
        {
            acknowledged[key] = Math.Max(acknowledged.GetValueOrDefault(key), int.Parse(visits, CultureInfo.InvariantCulture));
        }
    }

    private static async Task<Dictionary<string, (long Version, int Visits, long Events)>> ReadVisitsAsync(TestDatabase database)
    {
        await using var dataSource = database.CreateDataSource();
        await using var command = dataSource.CreateCommand("""
            SELECT s.grain_key, s.version, (s.data->>'visits')::int,
                   (SELECT count(*) FROM events e WHERE e.grain_type = s.grain_type AND e.grain_key = s.grain_key)
            FROM grain_state s WHERE s.grain_type = 'profile'
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, (long, int, long)>();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt32(2), reader.GetInt64(3));
        }

        return stored;
    }
}
