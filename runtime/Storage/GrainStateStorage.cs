using Npgsql;

namespace LiveSales.Runtime.Storage;

/// <summary>Grain state in the <c>grain_state</c> table: reads directly, writes through the group commit.</summary>
internal sealed class GrainStateStorage(NpgsqlDataSource dataSource, StateWriter writer)
{
    private const string ReadSql = "SELECT version, data FROM grain_state WHERE grain_type = $1 AND grain_key = $2 AND state_name = $3";

    public async Task<StoredState> ReadAsync(GrainId grain, string stateName)
    {
        try
        {
            await using var command = dataSource.CreateCommand(ReadSql);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Type });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = grain.Key });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            if (!await reader.ReadAsync().ConfigureAwait(false))
            {
                return new StoredState(0, null);
            }

            return new StoredState(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
        }
        catch (Exception e) when (StorageErrors.IsUnavailable(e))
        {
            dataSource.Clear();
            throw StorageErrors.Unavailable($"reading state '{stateName}' of {grain}", e);
        }
    }

    /// <summary>Stores <paramref name="json"/> (null clears) if the stored version is still <paramref name="expectedVersion"/>; returns the new version.</summary>
    public Task<long> WriteAsync(GrainId grain, string stateName, long expectedVersion, string? json, IReadOnlyList<SerializedEvent> events, DateTimeOffset at) =>
        writer.WriteAsync(new PendingWrite(grain, stateName, expectedVersion, json, events.Count == 0 ? [SerializedEvent.StateWritten] : events, at));
}
