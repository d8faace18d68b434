using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace LiveSales.Runtime.Events;

/// <summary>The SQL that reads the <c>events</c> table in global order.</summary>
internal static class EventLog
{
    // A row is "stable" when its transaction is older than every transaction still running: then
    // no event can ever appear before it, and readers may pass it. The text form of tx is named
    // tx_text: an output column named tx would make ORDER BY tx sort by text ("999" after "1000")
    // and scan the whole log instead of the primary key.
    private const string ReadSql = """
        SELECT tx::text AS tx_text, seq, grain_type, grain_key, state_name, version, type, data, at,
               tx < pg_snapshot_xmin(pg_current_snapshot()) AS stable
        FROM events
        WHERE (tx, seq) > ($1::text::xid8, $2)
        ORDER BY tx, seq
        LIMIT $3
        """;

    private const string StablePositionSql = """
        SELECT tx::text AS tx_text, seq FROM events
        WHERE tx < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY tx DESC, seq DESC
        LIMIT 1
        """;

    private const string HeadSql = "SELECT tx::text AS tx_text, seq FROM events ORDER BY tx DESC, seq DESC LIMIT 1";

    /// <summary>Stable events after <paramref name="after"/>; Blocked when committed events wait behind a running transaction.</summary>
    public static async Task<(IReadOnlyList<EventEnvelope> Events, bool Blocked)> ReadAsync(
        NpgsqlDataSource dataSource, EventPosition after, int max, CancellationToken token)
    {
        await using var command = dataSource.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = after.Transaction.ToString(CultureInfo.InvariantCulture) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = after.Sequence });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = max });
        await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
        var events = new List<EventEnvelope>();
        while (await reader.ReadAsync(token).ConfigureAwait(false))
        {
            if (!reader.GetBoolean(9))
            {
                return (events, true);
            }

            using var data = JsonDocument.Parse(reader.GetString(7));
            events.Add(new EventEnvelope(
                new EventPosition(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1)),
                new GrainId(reader.GetString(2), reader.GetString(3)),
                reader.GetInt64(5),
                reader.GetString(6),
                data.RootElement.Clone(),
                reader.GetFieldValue<DateTimeOffset>(8))
            {
                StateName = reader.GetString(4),
            });
        }

        return (events, false);
    }

    public static async Task<IReadOnlyList<EventEnvelope>> ReadStableAsync(NpgsqlDataSource dataSource, EventPosition after, int max, CancellationToken token) =>
        (await ReadAsync(dataSource, after, max, token).ConfigureAwait(false)).Events;

    /// <summary>The last event no running transaction can precede: a safe place to start reading.</summary>
    public static Task<EventPosition> ReadStablePositionAsync(NpgsqlDataSource dataSource, CancellationToken token) =>
        ReadPositionAsync(dataSource, StablePositionSql, token);

    /// <summary>The last committed event, stable or not.</summary>
    public static Task<EventPosition> ReadHeadAsync(NpgsqlDataSource dataSource, CancellationToken token) =>
        ReadPositionAsync(dataSource, HeadSql, token);

    private static async Task<EventPosition> ReadPositionAsync(NpgsqlDataSource dataSource, string sql, CancellationToken token)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
        return await reader.ReadAsync(token).ConfigureAwait(false)
            ? new EventPosition(ulong.Parse(reader.GetString(0), CultureInfo.InvariantCulture), reader.GetInt64(1))
            : EventPosition.Start;
    }
}
