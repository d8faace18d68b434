using System.Diagnostics;
using LiveSales.Grains.Common;
using LiveSales.Runtime;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Watches the event log from outside the silos: every second, how many distinct customers have had
/// a RETURNED_TO_POOL alert written since <c>start</c>, until all expected are there or time is up.
/// (The exact time of the last return is the alert's own time, read afterwards by <see cref="ReturnCheck"/>.)
/// </summary>
public static class ReturnWatch
{
    private static readonly TimeSpan s_interval = TimeSpan.FromSeconds(1);

    /// <summary>The count last seen, and how long after the call it first reached <paramref name="expected"/>.</summary>
    public static async Task<(long Returned, TimeSpan? AllSeenAfter)> WaitAsync(NpgsqlDataSource db, EventPosition start, int expected, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(db);
        var clock = Stopwatch.StartNew();
        long returned = 0;
        while (clock.Elapsed < limit)
        {
            await using var count = db.CreateCommand($"""
                SELECT count(DISTINCT grain_key) FROM events
                WHERE (tx, seq) > ($1::text::xid8, $2) AND grain_type = '{GrainTypes.Customer}'
                  AND type = 'AlertRaised' AND data->>'kind' = 'RETURNED_TO_POOL'
                """);
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = start.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = start.Sequence });
            returned = (long)(await count.ExecuteScalarAsync())!;
            if (returned >= expected)
            {
                return (returned, clock.Elapsed);
            }

            await Task.Delay(s_interval);
        }

        return (returned, null);
    }
}
