using System.Text.Json;
using Dapper;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Security;
using Npgsql;

namespace LiveSales.Api.Auth;

/// <summary>The wallboard tokens an admin or manager may manage, newest first (a handful per organisation).</summary>
public sealed class WallboardQueries(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<SessionView>> ListAsync(Actor actor)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            $"SELECT data->'session' FROM grain_state WHERE grain_type = '{SessionGrain.TypeName}' AND data->'session'->>'kind' = 'WALLBOARD'")
            .ConfigureAwait(false);
        return rows.Select(json => JsonSerializer.Deserialize<SessionView>(json, JsonSerializerOptions.Web)!)
            .Where(s => VisibilityPolicy.CanManageWallboards(actor, s.TeamId))
            .OrderByDescending(s => s.CreatedAt)
            .ToList();
    }
}
