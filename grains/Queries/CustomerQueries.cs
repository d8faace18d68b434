using Dapper;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Customers;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Customers;
using LiveSales.Grains.Security;
using Npgsql;

namespace LiveSales.Grains.Queries;

/// <summary>
/// Customer lists straight from grain_state, never by loading grains: a rep's or a team's customers,
/// a pool's page, what returns next. Keyset pages over the expression indexes of
/// silo/Migrations/0100_sales_indexes.sql; rows come without their follow-ups (counted instead).
/// </summary>
public sealed class CustomerQueries(NpgsqlDataSource db)
{
    private const string FollowUps = "followUps";

    /// <summary>The customers the actor may see (own, team's, all) that match the filter, oldest first.</summary>
    public Task<Page<CustomerView>> ListAsync(Actor actor, CustomerListFilter filter, int? first, string? after)
    {
        var size = Paging.Size(first);
        var (sql, parameters) = ListSql(actor, filter, after, size + 1);
        return RowPages.ReadAsync<CustomerState, CustomerView>(db, sql, parameters, size, View, v => [v.Id]);
    }

    public Task<long> CountAsync(Actor actor, CustomerListFilter filter)
    {
        var query = Visible(actor, filter);
        return RowPages.CountAsync(db, query.Count(), query.Parameters);
    }

    /// <summary>The unowned customers of a pool the actor belongs to (FORBIDDEN otherwise), oldest first.</summary>
    public Task<Page<CustomerView>> PoolPageAsync(Actor actor, PoolView pool, int? first, string? after)
    {
        EnsureCanSee(actor, pool);
        var size = Paging.Size(first);
        var (sql, parameters) = PoolPageSql(pool.Id, after, size + 1);
        return RowPages.ReadAsync<CustomerState, CustomerView>(db, sql, parameters, size, View, v => [v.Id]);
    }

    public Task<long> CountInPoolAsync(Actor actor, PoolView pool)
    {
        EnsureCanSee(actor, pool);
        var query = InPool(pool.Id);
        return RowPages.CountAsync(db, query.Count(), query.Parameters);
    }

    /// <summary>
    /// "What returns next": owned customers with a return clock, soonest first, for one rep or one
    /// team (both null: everything the actor sees).
    /// </summary>
    public Task<Page<CustomerView>> ReturningNextAsync(Actor actor, string? ownerId, string? teamId, int? first, string? after)
    {
        var size = Paging.Size(first);
        var (sql, parameters) = ReturningNextSql(actor, ownerId, teamId, after, size + 1);
        return RowPages.ReadAsync<CustomerState, CustomerView>(db, sql, parameters, size, View, v => [ReturnKey(v), v.Id]);
    }

    internal static (string Sql, DynamicParameters Parameters) ListSql(Actor actor, CustomerListFilter filter, string? after, int limit)
    {
        var query = Visible(actor, filter);
        return (query.PageByKey(After(after), limit, FollowUps), query.Parameters);
    }

    internal static (string Sql, DynamicParameters Parameters) PoolPageSql(string poolId, string? after, int limit)
    {
        var query = InPool(poolId);
        return (query.PageByKey(After(after), limit, FollowUps), query.Parameters);
    }

    internal static (string Sql, DynamicParameters Parameters) ReturningNextSql(Actor actor, string? ownerId, string? teamId, string? after, int limit)
    {
        var query = new SqlQuery(GrainTypes.Customer)
            .Where(VisibilityPolicy.OwnedRecordsFilter(actor))
            .Field("ownerId", ownerId)
            .Field("ownerTeamId", teamId)
            .Where("data->>'returnsToPoolAt' IS NOT NULL");
        if (after is not null)
        {
            var cursor = Paging.Decode(after, 2);
            query.Where("(data->>'returnsToPoolAt', grain_key) > (@afterAt, @afterKey)", "afterAt", cursor[0]);
            query.Parameters.Add("afterKey", cursor[1]);
        }

        query.Parameters.Add("limit", limit);
        var sql = $"SELECT grain_key AS Key, (data - '{FollowUps}')::text AS Json, coalesce(jsonb_array_length(data->'{FollowUps}'), 0) AS Count "
            + $"FROM grain_state WHERE {query.WhereClause} ORDER BY data->>'returnsToPoolAt', grain_key LIMIT @limit";
        return (sql, query.Parameters);
    }

    /// <summary>How many customers one rep holds.</summary>
    public async Task<int> CountOwnedAsync(string ownerId) => (await CountOwnedAsync([ownerId]).ConfigureAwait(false)).GetValueOrDefault(ownerId);

    /// <summary>How many customers each of these reps holds (reps holding none are absent).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountOwnedAsync(IReadOnlyCollection<string> ownerIds)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string OwnerId, long Count)>(
            $"SELECT data->>'ownerId', count(*) FROM grain_state WHERE grain_type = '{GrainTypes.Customer}' AND data->>'ownerId' = ANY(@ownerIds) GROUP BY 1",
            new { ownerIds = ownerIds.ToArray() }).ConfigureAwait(false);
        return rows.ToDictionary(r => r.OwnerId, r => (int)r.Count);
    }

    /// <summary>Ids of the owned customers a pool governs, after a key: the batches of a rules-change sweep.</summary>
    public async Task<IReadOnlyList<string>> OwnedInPoolAsync(string poolId, string afterKey, int limit)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var ids = await connection.QueryAsync<string>(
            $"SELECT grain_key FROM grain_state WHERE grain_type = '{GrainTypes.Customer}' AND data->>'poolId' = @poolId AND data->>'inPool' = 'false' "
            + "AND grain_key > @afterKey ORDER BY grain_key LIMIT @limit",
            new { poolId, afterKey, limit }).ConfigureAwait(false);
        return ids.ToList();
    }

    private static SqlQuery Visible(Actor actor, CustomerListFilter filter) =>
        new SqlQuery(GrainTypes.Customer)
            .Where(VisibilityPolicy.OwnedRecordsFilter(actor))
            .Field("ownerId", filter.OwnerId)
            .Field("ownerTeamId", filter.TeamId)
            .Field("poolId", filter.PoolId)
            .Flag("inPool", filter.InPool)
            .IgnoringCase("region", filter.Region)
            .IgnoringCase("industry", filter.Industry)
            .IgnoringCase("tier", filter.Tier)
            .Flag("won", filter.Won)
            .Flag("locked", filter.Locked)
            .Contains("name", filter.NameContains);

    private static SqlQuery InPool(string poolId) =>
        new SqlQuery(GrainTypes.Customer).Field("poolId", poolId).Flag("inPool", true);

    private static void EnsureCanSee(Actor actor, PoolView pool)
    {
        if (!VisibilityPolicy.CanSeePool(actor, pool))
        {
            throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
        }
    }

    private static string? After(string? after) => after is null ? null : Paging.Decode(after, 1)[0];

    private static CustomerView View(CustomerState state, StateRow row) => state.ToView() with { FollowUpCount = row.Count };

    // The same text the JSON holds, so the cursor compares like the index.
    private static string ReturnKey(CustomerView view) =>
        System.Text.Json.JsonSerializer.Serialize(view.ReturnsToPoolAt, System.Text.Json.JsonSerializerOptions.Web).Trim('"');
}
