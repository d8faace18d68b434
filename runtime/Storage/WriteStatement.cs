using Npgsql;
using NpgsqlTypes;

namespace LiveSales.Runtime.Storage;

/// <summary>
/// The SQL of one state write: update with a version check (or insert when the grain has no row),
/// and append its events only if that matched. Returns the new version, or no row when stale.
/// </summary>
internal static class WriteStatement
{
    public const string Sql = """
        WITH written AS (
            INSERT INTO grain_state AS g (grain_type, grain_key, state_name, version, data, updated_at)
            VALUES ($1, $2, $3, $4 + 1, $5, $6)
            ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE
                SET version = excluded.version, data = excluded.data, updated_at = excluded.updated_at
                WHERE g.version = $4
            RETURNING g.version
        ), appended AS (
            INSERT INTO events (grain_type, grain_key, state_name, version, type, data, at)
            SELECT $1, $2, $3, written.version, e.type, e.data, $6
            FROM written CROSS JOIN unnest($7::text[], $8::jsonb[]) WITH ORDINALITY AS e(type, data, n)
            ORDER BY e.n
        )
        SELECT version FROM written
        """;

    public const string Notify = "SELECT pg_notify('livesales_events', '')";

    public static NpgsqlBatchCommand Create(PendingWrite write)
    {
        var types = new string[write.Events.Count];
        var bodies = new string[write.Events.Count];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = write.Events[i].Type;
            bodies[i] = write.Events[i].Json;
        }

        var command = new NpgsqlBatchCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.Grain.Key });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = write.StateName });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = write.ExpectedVersion });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)write.Json ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = write.At });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = types });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb, Value = bodies });
        return command;
    }
}
