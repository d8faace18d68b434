using System.Diagnostics;
using System.Globalization;
using LiveSales.Grains.Common;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Many customers coming due in the same (real, near-future) second: on a copy of the seeded
/// database, <c>due</c> customers spread over all reps are rewritten as the grain would have left them
/// 30 days after their assignment, warned at T-3d and T-1d, their clock reminder due at T. Then the
/// silo executable runs (one or several processes, as deployed) until every one is returned, watched
/// in the event log; each must be returned exactly once: owner
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
        var processes = Enumerable.Range(0, silos).Select(_ => SiloProcess.Start(copy.ConnectionString)).ToList();
        try
        {
            await Task.WhenAll(processes.Select(p => p.WaitHealthyAsync(TimeSpan.FromSeconds(120))));
            var readyBeforeDue = dueAt - DateTimeOffset.UtcNow;
            var limit = TimeSpan.FromSeconds(smoke ? 60 : 300);
            var (returned, seenAfter) = await ReturnWatch.WaitAsync(db, start, due, dueAt - DateTimeOffset.UtcNow + limit);
            var seenAt = seenAfter is null ? (DateTimeOffset?)null : DateTimeOffset.UtcNow;
            var memory = processes.Select(p => p.WorkingSet / 1048576.0).ToList();
            await Task.WhenAll(processes.Select(p => p.StopAsync(TimeSpan.FromSeconds(40))));

            var check = await ReturnCheck.RunAsync(db, specs, start);
            var lastReturn = (check.LastAlertAt ?? dueAt) - dueAt;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {population.Total:N0} customers, {due:N0} due at {dueAt:HH:mm:ss} UTC, {silos} silo executable(s) on one database"));
            Report.Line("deleting the due customers' rows", deleted.TotalMilliseconds, "ms");
            Report.Line("writing them due at T (COPY)", written.TotalMilliseconds, "ms");
            Report.Line("silos healthy before the due second", readyBeforeDue.TotalMilliseconds, "ms");
            Report.Line("returned (seen in the event log)", returned, "customers");
            Report.Line("all seen by the 1 s poll, after the due second", seenAt is { } at ? (at - dueAt).TotalMilliseconds : double.NaN, "ms");
            Report.Line("last return written (alert time) after T", lastReturn.TotalMilliseconds, "ms");
            Report.Line("return rate", returned / Math.Max(0.001, lastReturn.TotalSeconds), "customers/s");
            Console.WriteLine($"  working set per silo: {string.Join(" / ", memory.Select(m => m.ToString("N0", CultureInfo.InvariantCulture) + " MiB"))}");
            check.Print();
            Console.WriteLine("  " + load.Describe());
            var inTime = seenAfter is not null && lastReturn < TimeSpan.FromSeconds(60) && readyBeforeDue > TimeSpan.Zero;
            Report.Goal($"{due:N0} customers due in one second returned, each exactly once", check.Exact);
            return SpeedGoal.Judge($"all returned within 60 s of the due second, silos running before it ({silos} silo(s))", inTime, smoke) && check.Exact;
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }
}
