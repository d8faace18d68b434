using System.Diagnostics;
using LiveSales.Runtime.Storage;
using LiveSales.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LiveSales.Benchmarks;

/// <summary>
/// 100,000 one-shot reminders due in the same second, on the system clock: how long until the
/// last is delivered, each exactly once, against the time to merely store them.
/// </summary>
public static class ReminderBenchmark
{
    public static async Task<bool> RunAsync(bool smoke)
    {
        var count = smoke ? 1_000 : 100_000;
        await using var database = await TestDatabase.CreateAsync();
        await using var dataSource = database.CreateDataSource();
        await new MigrationRunner(dataSource).ApplyAsync(TestCluster.MigrationsDirectory);
        var ticks = new TickCounter();
        using var host = await BenchSilo.StartAsync(database.ConnectionString, services => services.AddSingleton(ticks));

        var due = DateTimeOffset.UtcNow.AddSeconds(3);
        var store = Stopwatch.StartNew();
        await using (var insert = dataSource.CreateCommand("""
            INSERT INTO reminders (grain_type, grain_key, name, first_tick, period, due_at, version)
            SELECT 'BenchAlarmGrain', 'alarm-' || g, 'due', $1, NULL, $1, 1 FROM generate_series(1, $2) g
            """))
        {
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = due });
            insert.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
            await insert.ExecuteNonQueryAsync();
        }

        var stored = store.Elapsed;
        var deadline = due.AddSeconds(90);
        while (ticks.Total < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var lastTick = ticks.Total == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(ticks.LastTickTimestamp);
        var deliveredWithin = DateTimeOffset.UtcNow - lastTick - due;

        // A graceful stop lets the last poll record its deliveries (one-shots are deleted then).
        await host.StopAsync();
        await using var left = dataSource.CreateCommand("SELECT count(*) FROM reminders");
        var remaining = (long)(await left.ExecuteScalarAsync())!;

        Report.Line("reminders due in the same second", count, "reminders");
        Report.Line("storing them (one INSERT)", stored.TotalMilliseconds, "ms");
        Report.Line("delivered", ticks.Total, "ticks");
        Report.Line("most ticks of one reminder", ticks.MostTicksOfOneGrain, "");
        Report.Line("last delivered after the due time", deliveredWithin.TotalMilliseconds, "ms");
        Report.Line("delivery rate", count / Math.Max(0.001, deliveredWithin.TotalSeconds), "ticks/s");
        Report.Line("one-shot rows left", remaining, "rows");
        var exact = ticks.Total == count && ticks.Grains == count && ticks.MostTicksOfOneGrain == 1 && remaining == 0;
        return Report.Goal($"{count:N0} reminders delivered once each within 60 s", exact && deliveredWithin < TimeSpan.FromSeconds(60));
    }
}
