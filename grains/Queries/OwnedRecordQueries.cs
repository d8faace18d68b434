using Dapper;
using LiveSales.Grains.Common;
using Npgsql;

namespace LiveSales.Grains.Queries;

/// <summary>The customers, leads and opportunities one user owns, as keys: the batches of a team sweep.</summary>
public sealed class OwnedRecordQueries(NpgsqlDataSource db)
{
    private static readonly string[] s_types = [GrainTypes.Customer, GrainTypes.Lead, GrainTypes.Opportunity];

    /// <summary>
    /// Up to <paramref name="limit"/> records owned by <paramref name="ownerId"/> after <paramref name="after"/>
    /// in (key, type) order. Each type is one range scan of its <c>*_by_owner</c> index; a branch reads
    /// one row more than the limit because the row at the cursor's own key may be filtered out.
    /// </summary>
    public async Task<IReadOnlyList<OwnedRecordKey>> OwnedAfterAsync(string ownerId, OwnedRecordKey after, int limit)
    {
        ArgumentNullException.ThrowIfNull(after);
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Type, string Key)>(
            Sql,
            new { ownerId, afterKey = after.Key, afterType = after.Type, limit, branchLimit = limit + 1 }).ConfigureAwait(false);
        return rows.Select(r => new OwnedRecordKey(r.Type, r.Key)).ToList();
    }

    internal static string Sql { get; } =
        "SELECT grain_type, grain_key FROM ("
        + string.Join(
            " UNION ALL ",
            s_types.Select(type => $"(SELECT grain_type, grain_key FROM grain_state WHERE grain_type = '{type}' AND data->>'ownerId' = @ownerId "
                + "AND grain_key >= @afterKey ORDER BY grain_key LIMIT @branchLimit)"))
        + ") owned WHERE (grain_key, grain_type) > (@afterKey, @afterType) ORDER BY grain_key, grain_type LIMIT @limit";
}
