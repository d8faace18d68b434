using System.Diagnostics;
using LiveSales.Runtime;
using LiveSales.Runtime.Storage;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Benchmarks;

/// <summary>
/// Durable writes per second (one grain state as jsonb + one event, acknowledged after commit)
/// against pgbench running the same transaction (update one row's jsonb, insert one event) on
/// the same database in the same run.
/// </summary>
public static class DurableWriteBenchmark
{
    private const int PgbenchClients = 16;

    private const string PgbenchScript = """
        \set id random(1, 10000)
        BEGIN;
        UPDATE grain_state SET version = version + 1, data = jsonb_set(data, '{value}', to_jsonb(:id::int)), updated_at = now()
            WHERE grain_type = 'pgbench' AND grain_key = :id::text AND state_name = 'counter';
        INSERT INTO events (grain_type, grain_key, state_name, version, type, data, at)
            VALUES ('pgbench', :id::text, 'counter', 1, 'StateWritten', '{}', now());
        END;
        """;

    public static async Task<bool> RunAsync(bool smoke)
    {
        var duration = smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(15);
        var callers = smoke ? 64 : 1024;
        var grainCount = smoke ? 1_000 : 10_000;
        await using var database = await TestDatabase.CreateAsync();
        await using (var dataSource = database.CreateDataSource())
        {
            await new MigrationRunner(dataSource).ApplyAsync(TestCluster.MigrationsDirectory);
            await using var seed = dataSource.CreateCommand("""
                INSERT INTO grain_state SELECT 'pgbench', g::text, 'counter', 1, '{"name":"","value":0}', now() FROM generate_series(1, 10000) g
                """);
            await seed.ExecuteNonQueryAsync();
        }

        var pgbench = await Pgbench.RunAsync(database.ConnectionString, PgbenchScript, PgbenchClients, duration);

        using var host = await BenchSilo.StartAsync(database.ConnectionString);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var writers = Enumerable.Range(0, grainCount).Select(i => grains.GetGrain<IWriterGrain>($"writer-{i}")).ToArray();
        await Task.WhenAll(writers.Select(w => w.Write()));
        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            long writes = 0;
            while (clock.Elapsed < duration)
            {
                await writers[Random.Shared.Next(writers.Length)].Write();
                writes++;
            }

            return writes;
        })));
        var runtime = counts.Sum() / clock.Elapsed.TotalSeconds;
        await host.StopAsync();

        Report.Line($"pgbench, same transaction ({PgbenchClients} clients)", pgbench, "tx/s");
        Report.Line($"grain writes, group commit ({callers} callers)", runtime, "writes/s");
        Report.Ratio("grain writes / pgbench", runtime / pgbench);
        return smoke || Report.Goal("durable writes >= 1.0x pgbench", runtime >= pgbench);
    }
}
