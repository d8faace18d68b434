using System.Text.Json;
using Dapper;
using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Common;
using LiveSales.Grains.Pools;
using LiveSales.Grains.Security;
using LiveSales.Grains.Teams;
using LiveSales.Grains.Users;
using Npgsql;

namespace LiveSales.Grains.Queries;

/// <summary>Users, teams and pools from grain_state (small sets: users by team, all teams, all pools).</summary>
public sealed class DirectoryQueries(NpgsqlDataSource db)
{
    /// <summary>The users the actor may see (admins: all; others: themselves and their team), by id.</summary>
    public Task<Page<UserView>> ListUsersAsync(Actor actor, int? first, string? after)
    {
        var size = Paging.Size(first);
        var query = new SqlQuery(GrainTypes.User);
        switch (actor.Role)
        {
            case Role.Admin:
                break;
            case Role.Manager or Role.Rep when actor.TeamId is not null:
                query.Where("(data->>'teamId' = @teamId OR grain_key = @self)", "teamId", actor.TeamId);
                query.Parameters.Add("self", actor.UserId);
                break;
            case Role.Manager or Role.Rep:
                query.Where("grain_key = @self", "self", actor.UserId);
                break;
            default:
                query.Where("FALSE");
                break;
        }

        var afterKey = after is null ? null : Paging.Decode(after, 1)[0];
        return RowPages.ReadAsync<UserState, UserView>(db, query.PageByKey(afterKey, size + 1), query.Parameters, size, (s, _) => s.ToView(), v => [v.Id]);
    }

    public async Task<IReadOnlyList<string>> TeamMemberIdsAsync(string teamId)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var ids = await connection.QueryAsync<string>(
            $"SELECT grain_key FROM grain_state WHERE grain_type = '{GrainTypes.User}' AND data->>'teamId' = @teamId ORDER BY grain_key",
            new { teamId }).ConfigureAwait(false);
        return ids.ToList();
    }

    public async Task<IReadOnlyList<UserView>> TeamMembersAsync(string teamId) =>
        (await ReadAllAsync<UserState>(GrainTypes.User, "data->>'teamId' = @teamId", new { teamId }).ConfigureAwait(false)).Select(u => u.ToView()).ToList();

    /// <summary>The pools the actor may see, by id (a handful per organisation).</summary>
    public async Task<IReadOnlyList<PoolView>> ListPoolsAsync(Actor actor) =>
        (await ReadAllAsync<PoolState>(GrainTypes.Pool, "TRUE", null).ConfigureAwait(false))
            .Select(p => p.ToView()).Where(p => VisibilityPolicy.CanSeePool(actor, p)).ToList();

    public async Task<IReadOnlyList<TeamView>> ListTeamsAsync()
    {
        var teams = await ReadAllAsync<TeamState>(GrainTypes.Team, "TRUE", null).ConfigureAwait(false);
        var result = new List<TeamView>(teams.Count);
        foreach (var team in teams)
        {
            result.Add(new TeamView { Id = team.Id, Name = team.Name, ManagerId = team.ManagerId, CreatedAt = team.CreatedAt, MemberIds = await TeamMemberIdsAsync(team.Id).ConfigureAwait(false) });
        }

        return result;
    }

    private async Task<IReadOnlyList<TState>> ReadAllAsync<TState>(string grainType, string condition, object? parameters)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>(
            $"SELECT data::text FROM grain_state WHERE grain_type = '{grainType}' AND data IS NOT NULL AND {condition} ORDER BY grain_key",
            parameters).ConfigureAwait(false);
        return rows.Select(json => JsonSerializer.Deserialize<TState>(json, JsonSerializerOptions.Web)!).ToList();
    }
}
