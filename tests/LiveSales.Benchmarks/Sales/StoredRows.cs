using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;
using LiveSales.Runtime.Storage;
using Npgsql;

namespace LiveSales.Benchmarks.Sales;

/// <summary>Compares a customer's stored rows (state, reminder, events) with the rows the seed builds for it.</summary>
internal static class StoredRows
{
    /// <summary>Differences in words; empty when the stored rows are exactly the expected ones.</summary>
    public static async Task<List<string>> DifferencesAsync(NpgsqlDataSource db, SeededCustomer expected)
    {
        var key = expected.State.Id;
        var differences = new List<string>();
        await using var connection = await db.OpenConnectionAsync();

        await using (var state = new NpgsqlCommand("SELECT version, data::text, updated_at FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3", connection))
        {
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrainTypes.Customer });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            state.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrainTypes.StateName });
            await using var reader = await state.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                differences.Add("no grain_state row");
            }
            else
            {
                var json = (await CanonicalAsync(db, [CustomerCopy.StateJson(expected.State)]))[0];
                Expect(differences, "state version", expected.Version, reader.GetInt64(0));
                Expect(differences, "state data", json, reader.GetString(1));
                Expect(differences, "state updated_at", expected.WrittenAt, reader.GetFieldValue<DateTimeOffset>(2));
            }
        }

        await using (var reminder = new NpgsqlCommand("SELECT first_tick, period IS NULL, due_at, version, lease_owner IS NULL FROM reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3", connection))
        {
            reminder.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrainTypes.Customer });
            reminder.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            reminder.Parameters.Add(new NpgsqlParameter<string> { TypedValue = CustomerGrain.ClockReminder });
            await using var reader = await reminder.ExecuteReaderAsync();
            var stored = await reader.ReadAsync()
                ? (reader.GetFieldValue<DateTimeOffset>(0), reader.GetBoolean(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt64(3), reader.GetBoolean(4))
                : ((DateTimeOffset, bool, DateTimeOffset, long, bool)?)null;
            var wanted = expected.Reminder is { } r ? (r.DueAt, true, r.DueAt, r.Version, true) : ((DateTimeOffset, bool, DateTimeOffset, long, bool)?)null;
            Expect(differences, "reminder (first tick, one-shot, due, version, unleased)", wanted, stored);
        }

        var events = new List<(long Version, string Type, string Json, DateTimeOffset At)>();
        await using (var log = new NpgsqlCommand("SELECT version, type, data::text, at FROM events WHERE grain_type = $1 AND grain_key = $2 ORDER BY tx, seq", connection))
        {
            log.Parameters.Add(new NpgsqlParameter<string> { TypedValue = GrainTypes.Customer });
            log.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            await using var reader = await log.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                events.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
            }
        }

        var serialized = expected.Events.Select(e => SerializedEvent.From(e.Event)).ToList();
        var canonical = await CanonicalAsync(db, [.. serialized.Select(s => s.Json)]);
        var wantedEvents = expected.Events.Select((e, i) => (e.Version, serialized[i].Type, canonical[i], e.At)).ToList();
        Expect(differences, "events", string.Join("\n", wantedEvents), string.Join("\n", events));
        return differences;
    }

    // jsonb's own text form, so that key order and spacing do not count as differences.
    private static async Task<List<string>> CanonicalAsync(NpgsqlDataSource db, string[] json)
    {
        await using var command = db.CreateCommand("SELECT j::text FROM unnest($1::jsonb[]) WITH ORDINALITY AS u(j, n) ORDER BY n");
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb, Value = json });
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private static void Expect<T>(List<string> differences, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            differences.Add($"{what}:\n    expected {expected}\n    stored   {actual}");
        }
    }
}
