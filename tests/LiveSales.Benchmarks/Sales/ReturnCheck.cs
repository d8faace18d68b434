using LiveSales.GrainInterfaces.Customers;
using LiveSales.Grains.Common;
using LiveSales.Runtime;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>
/// Checks in the database that each customer expected to return did so exactly once, and that no
/// other customer was returned: state, history, events written since <c>start</c>, reminders.
/// </summary>
public sealed class ReturnCheck
{
    private readonly List<(string What, long Count, long Expected)> _lines = [];

    public bool Exact => _lines.All(l => l.Count == l.Expected);

    /// <summary>The time the last RETURNED_TO_POOL alert was raised (the grain's clock when it wrote it).</summary>
    public DateTimeOffset? LastAlertAt { get; private set; }

    public static async Task<ReturnCheck> RunAsync(NpgsqlDataSource db, IReadOnlyList<CustomerSpec> expected, EventPosition start)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var keys = expected.Select(s => s.Id).ToArray();
        var owners = expected.ToDictionary(s => s.Id, s => s.Owner!.Id);
        var check = new ReturnCheck();
        var n = expected.Count;

        await using (var states = db.CreateCommand($"""
            SELECT count(*) FILTER (WHERE data->>'ownerId' IS NULL AND data->>'inPool' = 'true'),
                   count(*) FILTER (WHERE jsonb_array_length(jsonb_path_query_array(data->'history', '$[*] ? (@.kind == "RETURNED")')) = 1
                                      AND data->'history'->-1->>'kind' = 'RETURNED' AND data->'history'->-1->>'rule' = '{ReturnRuleNames.NoFollowUp}'),
                   count(*) FILTER (WHERE version = 4)
            FROM grain_state WHERE grain_type = '{GrainTypes.Customer}' AND state_name = '{GrainTypes.StateName}' AND grain_key = ANY($1)
            """))
        {
            states.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            await using var reader = await states.ExecuteReaderAsync();
            await reader.ReadAsync();
            check._lines.Add(("customers unowned and in their pool", reader.GetInt64(0), n));
            check._lines.Add(("customers with one RETURNED entry (NO_FOLLOW_UP), last", reader.GetInt64(1), n));
            check._lines.Add(("customers written exactly once more (version 4)", reader.GetInt64(2), n));
        }

        await using (var reminders = db.CreateCommand($"SELECT count(*) FROM reminders WHERE grain_type = '{GrainTypes.Customer}' AND grain_key = ANY($1)"))
        {
            reminders.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
            check._lines.Add(("clock reminders left on them", (long)(await reminders.ExecuteScalarAsync())!, 0));
        }

        long alertsOnce = 0, changesOnce = 0, addedOnce = 0, others = 0, duplicates = 0;
        await using (var events = db.CreateCommand($"""
            SELECT grain_key,
                   count(*) FILTER (WHERE type = 'AlertRaised' AND data->>'kind' = 'RETURNED_TO_POOL'),
                   min(data->>'recipientUserId') FILTER (WHERE type = 'AlertRaised' AND data->>'kind' = 'RETURNED_TO_POOL'),
                   count(*) FILTER (WHERE type = 'CustomerOwnershipChanged' AND data->'change'->>'kind' = 'RETURNED'),
                   count(*) FILTER (WHERE type = 'PoolChanged' AND data->>'change' = 'ADDED'),
                   max(at) FILTER (WHERE type = 'AlertRaised' AND data->>'kind' = 'RETURNED_TO_POOL')
            FROM events WHERE (tx, seq) > ($1::text::xid8, $2) AND grain_type = '{GrainTypes.Customer}'
            GROUP BY grain_key
            """))
        {
            events.Parameters.Add(new NpgsqlParameter<string> { TypedValue = start.Transaction.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            events.Parameters.Add(new NpgsqlParameter<long> { TypedValue = start.Sequence });
            await using var reader = await events.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (key, alerts, changes, added) = (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(3), reader.GetInt64(4));
                if (!reader.IsDBNull(5) && reader.GetFieldValue<DateTimeOffset>(5) is var at && (check.LastAlertAt is null || at > check.LastAlertAt))
                {
                    check.LastAlertAt = at;
                }

                if (!owners.TryGetValue(key, out var owner))
                {
                    others += alerts > 0 || changes > 0 ? 1 : 0;
                    continue;
                }

                alertsOnce += alerts == 1 && !reader.IsDBNull(2) && reader.GetString(2) == owner ? 1 : 0;
                changesOnce += changes == 1 ? 1 : 0;
                addedOnce += added == 1 ? 1 : 0;
                duplicates += alerts > 1 || changes > 1 || added > 1 ? 1 : 0;
            }
        }

        check._lines.Add(("one RETURNED_TO_POOL alert, to the former owner", alertsOnce, n));
        check._lines.Add(("one RETURNED ownership-change event", changesOnce, n));
        check._lines.Add(("one pool ADDED event", addedOnce, n));
        check._lines.Add(("customers with a duplicate return event", duplicates, 0));
        check._lines.Add(("other customers returned", others, 0));
        return check;
    }

    public void Print()
    {
        foreach (var (what, count, expected) in _lines)
        {
            Console.WriteLine($"  check: {what,-52} {count,9:N0} (expected {expected:N0}){(count == expected ? "" : "  WRONG")}");
        }
    }
}
