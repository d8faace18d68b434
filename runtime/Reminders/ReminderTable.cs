using Npgsql;
using NpgsqlTypes;

namespace LiveSales.Runtime.Reminders;

/// <summary>
/// The SQL of the <c>reminders</c> table. Due times are compared with the caller's clock (a
/// parameter), never the database's, so a fake clock drives them in tests.
/// </summary>
internal sealed class ReminderTable(NpgsqlDataSource dataSource)
{
    private const string UpsertSql = """
        INSERT INTO reminders AS r (grain_type, grain_key, name, first_tick, period, due_at, version)
        VALUES ($1, $2, $3, $4, $5, $4, 1)
        ON CONFLICT (grain_type, grain_key, name) DO UPDATE
            SET first_tick = excluded.first_tick, period = excluded.period, due_at = excluded.due_at,
                version = r.version + 1, lease_owner = NULL, lease_until = NULL
        """;

    private const string ClaimSql = """
        WITH due AS (
            SELECT grain_type, grain_key, name FROM reminders
            WHERE due_at <= $1 AND (lease_until IS NULL OR lease_until <= $1)
            ORDER BY due_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED)
        UPDATE reminders r SET lease_owner = $3, lease_until = $4
        FROM due
        WHERE r.grain_type = due.grain_type AND r.grain_key = due.grain_key AND r.name = due.name
        RETURNING r.grain_type, r.grain_key, r.name, r.first_tick, r.period, r.due_at, r.version
        """;

    private const string AdvanceSql = """
        UPDATE reminders r SET due_at = u.next_due, lease_owner = NULL, lease_until = NULL
        FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::timestamptz[]) AS u(grain_type, grain_key, name, version, next_due)
        WHERE r.grain_type = u.grain_type AND r.grain_key = u.grain_key AND r.name = u.name AND r.version = u.version
        """;

    private const string DeleteDeliveredSql = """
        DELETE FROM reminders r
        USING unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(grain_type, grain_key, name, version)
        WHERE r.grain_type = u.grain_type AND r.grain_key = u.grain_key AND r.name = u.name AND r.version = u.version
        """;

    private const string RetryLaterSql = """
        UPDATE reminders r SET lease_until = $5
        FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) AS u(grain_type, grain_key, name, version)
        WHERE r.grain_type = u.grain_type AND r.grain_key = u.grain_key AND r.name = u.name AND r.version = u.version
        """;

    public async Task UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period)
    {
        await using var command = dataSource.CreateCommand(UpsertSql);
        AddKey(command, grain, name);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = dueAt });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Interval, Value = period is { } p ? p : DBNull.Value });
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task DeleteAsync(GrainId grain, string name)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM reminders WHERE grain_type = $1 AND grain_key = $2 AND name = $3");
        AddKey(command, grain, name);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ListAsync(GrainId grain, string? name)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT name, due_at, period FROM reminders WHERE grain_type = $1 AND grain_key = $2" + (name is null ? " ORDER BY name" : " AND name = $3"));
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        if (name is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        }

        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<TimeSpan>(2)));
        }

        return entries;
    }

    /// <summary>Leases up to <paramref name="max"/> due, unleased reminders to <paramref name="silo"/>.</summary>
    public async Task<List<DueReminder>> ClaimAsync(DateTimeOffset now, int max, string silo, DateTimeOffset leaseUntil, CancellationToken token)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = silo });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = leaseUntil });
        var due = new List<DueReminder>();
        await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
        while (await reader.ReadAsync(token).ConfigureAwait(false))
        {
            due.Add(new DueReminder(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<TimeSpan>(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetInt64(6)));
        }

        return due;
    }

    /// <summary>
    /// Records delivered ticks: periodic reminders move to their next due time, one-shots are
    /// deleted; a reminder re-registered meanwhile (newer version) is left as registered.
    /// </summary>
    public async Task CompleteAsync(IReadOnlyList<DueReminder> delivered, DateTimeOffset now)
    {
        var periodic = delivered.Where(r => r.Period is not null).ToList();
        var oneShots = delivered.Where(r => r.Period is null).ToList();
        await using var batch = dataSource.CreateBatch();
        if (periodic.Count > 0)
        {
            var command = KeyedCommand(AdvanceSql, periodic);
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. periodic.Select(r => r.NextDue(now))] });
            batch.BatchCommands.Add(command);
        }

        if (oneShots.Count > 0)
        {
            batch.BatchCommands.Add(KeyedCommand(DeleteDeliveredSql, oneShots));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Failed ticks keep their due time and are offered again at <paramref name="retryAt"/>.</summary>
    public async Task RetryLaterAsync(IReadOnlyList<DueReminder> failed, DateTimeOffset retryAt)
    {
        await using var batch = dataSource.CreateBatch();
        var command = KeyedCommand(RetryLaterSql, failed);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = retryAt });
        batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Gives back this silo's leases (graceful stop) so another silo delivers at once.</summary>
    public async Task ReleaseLeasesAsync(string silo)
    {
        await using var command = dataSource.CreateCommand("UPDATE reminders SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = silo });
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static void AddKey(NpgsqlCommand command, GrainId grain, string name)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
    }

    private static NpgsqlBatchCommand KeyedCommand(string sql, IReadOnlyList<DueReminder> reminders)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. reminders.Select(r => r.Grain.Type)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. reminders.Select(r => r.Grain.Key)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. reminders.Select(r => r.Name)] });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. reminders.Select(r => r.Version)] });
        return command;
    }
}
