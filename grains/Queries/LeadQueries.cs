using System.Text.Json;
using Dapper;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Leads;
using LiveSales.Grains.Security;
using Npgsql;

namespace LiveSales.Grains.Queries;

/// <summary>Lead lists from grain_state: the actor's (own, team's, all) by filter, a pool's unowned leads, open-lead loads.</summary>
public sealed class LeadQueries(NpgsqlDataSource db)
{
    private const string FollowUps = "followUps";

    public Task<Page<LeadView>> ListAsync(Actor actor, LeadListFilter filter, int? first, string? after)
    {
        var size = Paging.Size(first);
        var query = Visible(actor, filter);
        return RowPages.ReadAsync<LeadState, LeadView>(db, query.PageByKey(After(after), size + 1, FollowUps), query.Parameters, size, View, v => [v.Id]);
    }

    public Task<long> CountAsync(Actor actor, LeadListFilter filter)
    {
        var query = Visible(actor, filter);
        return RowPages.CountAsync(db, query.Count(), query.Parameters);
    }

    /// <summary>The unowned leads of a pool the actor belongs to (FORBIDDEN otherwise), oldest first.</summary>
    public Task<Page<LeadView>> PoolPageAsync(Actor actor, PoolView pool, LeadStatus? status, int? first, string? after)
    {
        if (!VisibilityPolicy.CanSeePool(actor, pool))
        {
            throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
        }

        var size = Paging.Size(first);
        var query = new SqlQuery(GrainTypes.Lead).Field("poolId", pool.Id).Flag("inPool", true).Field("status", Status(status));
        return RowPages.ReadAsync<LeadState, LeadView>(db, query.PageByKey(After(after), size + 1, FollowUps), query.Parameters, size, View, v => [v.Id]);
    }

    /// <summary>How many open (assigned, contacted, qualified) leads each rep holds.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountOpenOwnedAsync(IReadOnlyCollection<string> ownerIds)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string OwnerId, long Count)>(
            $"SELECT data->>'ownerId', count(*) FROM grain_state WHERE grain_type = '{GrainTypes.Lead}' AND data->>'ownerId' = ANY(@ownerIds) "
            + "AND data->>'status' IN ('ASSIGNED', 'CONTACTED', 'QUALIFIED') GROUP BY 1",
            new { ownerIds = ownerIds.ToArray() }).ConfigureAwait(false);
        return rows.ToDictionary(r => r.OwnerId, r => (int)r.Count);
    }

    private static SqlQuery Visible(Actor actor, LeadListFilter filter) =>
        new SqlQuery(GrainTypes.Lead)
            .Where(VisibilityPolicy.OwnedRecordsFilter(actor))
            .Field("ownerId", filter.OwnerId)
            .Field("ownerTeamId", filter.TeamId)
            .Field("status", Status(filter.Status))
            .IgnoringCase("source", filter.Source)
            .IgnoringCase("region", filter.Region)
            .Contains("name", filter.NameContains);

    // The status as stored in JSON (e.g. "ASSIGNED").
    private static string? Status(LeadStatus? status) => status is { } s ? JsonSerializer.Serialize(s).Trim('"') : null;

    private static string? After(string? after) => after is null ? null : Paging.Decode(after, 1)[0];

    private static LeadView View(LeadState state, StateRow row) => state.ToView() with { FollowUpCount = row.Count };
}
