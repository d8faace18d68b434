using System.Diagnostics;
using System.Globalization;
using LiveSales.Grains.Common;
using LiveSales.Runtime;
using LiveSales.Runtime.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Many customers coming due in the same (real, near-future) second: on a copy of the seeded
/// database, <c>due</c> customers spread over all reps are rewritten as the grain would have left them
/// 30 days after their assignment, warned at T-3d and T-1d, their clock reminder due at T. Then silos
/// run on the system clock until every one is returned; each must be returned exactly once: owner
/// cleared, in its pool, one RETURNED history entry with the rule, one ownership-change event, one
/// pool ADDED event and one RETURNED_TO_POOL alert to the former owner, no clock left.
/// </summary>
public static class ReturnsPart
{
    public static async Task<bool> RunAsync(SeededDatabase seeded, int due, int silos, bool smoke)
    {
        ArgumentNullException.ThrowIfNull(seeded);
        var population = seeded.Population;
        await using var copy = await seeded.Database.CloneAsync("returns");
        await using var db = copy.CreateDataSource();

        var numbers = population.EvenlyOwned(due).ToList();
        var keys = numbers.Select(n => population.Spec(n).Id).ToArray();
        var prepare = Stopwatch.StartNew();
        foreach (var table in new[] { "grain_state", "reminders", "events" })
        {
            await using var delete = db.CreateCommand($"DELETE FROM {table} WHERE grain_type = '{GrainTypes.Customer}' AND grain_key = ANY($1)");
            delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            await delete.ExecuteNonQueryAsync();
        }

        var deleted = prepare.Elapsed;

        // Time to write the rows and start the silos before T: the due rows carry more events than the
        // seed's and go into full-size indexes, so allow four times the seed's rate per customer.
        var perCustomer = seeded.LoadTime / population.Total;
        var lead = TimeSpan.FromSeconds(Math.Ceiling((perCustomer * due * 4).TotalSeconds)) + TimeSpan.FromSeconds(smoke ? 3 : 10);
        var now = DateTimeOffset.UtcNow;
        var dueAt = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + lead;
        var specs = numbers.Select(n => population.Spec(n) with { CreatedAt = dueAt.AddDays(-30) }).ToList();
        var rows = specs.Select(s => CustomerRows.Build(s, now)).ToList();
        if (rows.Any(r => r.Reminder?.DueAt != dueAt || r.State.ReturnsToPoolAt != dueAt || r.State.Marks.WarningsSent.Count != 2))
        {
            throw new InvalidOperationException("the rewritten customers are not all warned twice and due at " + dueAt.ToString("u", CultureInfo.InvariantCulture));
        }

        await SeededDatabase.LoadAsync(db, rows);
        var written = prepare.Elapsed - deleted;
        var start = await LiveSales.Runtime.Events.EventLog.ReadHeadAsync(db, CancellationToken.None);

        await using var load = new LoadAverage();
        var hosts = new List<IHost>();
        for (var i = 0; i < silos; i++)
        {
            hosts.Add(await SalesSilo.StartAsync(copy.ConnectionString, $"returns-{i}"));
        }

        var counter = new ReturnCounter(keys.ToHashSet());
        using var subscription = hosts[0].Services.GetRequiredService<IEventFeed>().Subscribe(counter);
        var readyBeforeDue = dueAt - DateTimeOffset.UtcNow;
        var limit = TimeSpan.FromSeconds(smoke ? 60 : 300);
        await Task.WhenAny(counter.All, Task.Delay(dueAt - DateTimeOffset.UtcNow + limit));
        var lastReturn = counter.Returned == 0 ? TimeSpan.Zero : DateTimeOffset.UtcNow - Stopwatch.GetElapsedTime(counter.LastTimestamp) - dueAt;
        var activations = hosts.Select(h => h.Services.GetRequiredService<GrainRuntime>().Directory.Count).ToList();
        foreach (var host in hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        var check = await ReturnCheck.RunAsync(db, specs, start);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {population.Total:N0} customers, {due:N0} due at {dueAt:HH:mm:ss} UTC, {silos} silo(s) on one database (in one process)"));
        Report.Line("deleting the due customers' rows", deleted.TotalMilliseconds, "ms");
        Report.Line("writing them due at T (COPY)", written.TotalMilliseconds, "ms");
        Report.Line("silos running before the due second", readyBeforeDue.TotalMilliseconds, "ms");
        Report.Line("returned (seen on the event feed)", counter.Returned, "customers");
        Report.Line("last return seen after the due second", lastReturn.TotalMilliseconds, "ms");
        Report.Line("last return written (event time) after T", ((check.LastAlertAt ?? dueAt) - dueAt).TotalMilliseconds, "ms");
        Report.Line("return rate", counter.Returned / Math.Max(0.001, lastReturn.TotalSeconds), "customers/s");
        Console.WriteLine($"  activations per silo: {string.Join(" / ", activations)}");
        check.Print();
        Console.WriteLine("  " + load.Describe());
        var inTime = lastReturn < TimeSpan.FromSeconds(60) && readyBeforeDue > TimeSpan.Zero;
        Report.Goal($"{due:N0} customers due in one second returned, each exactly once", check.Exact);
        return SpeedGoal.Judge($"all returned within 60 s of the due second, silos running before it ({silos} silo(s))", inTime, smoke) && check.Exact;
    }
}
