using System.Text.Json;
using Dapper;
using LiveSales.GrainInterfaces;
using LiveSales.Grains.Common;
using Npgsql;

namespace LiveSales.Grains.Queries;

internal static class RowPages
{
    /// <summary>Runs a page query that asked for one row more than the page, and maps the rows.</summary>
    public static async Task<Page<TView>> ReadAsync<TState, TView>(NpgsqlDataSource db, string sql, DynamicParameters parameters, int size, Func<TState, StateRow, TView> map, Func<TView, string[]> cursorOf)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        var rows = (await connection.QueryAsync<StateRow>(sql, parameters).ConfigureAwait(false)).ToList();
        var hasNext = rows.Count > size;
        var items = rows.Take(size).Select(r => map(JsonSerializer.Deserialize<TState>(r.Json, JsonSerializerOptions.Web)!, r)).ToList();
        return new Page<TView>(items, items.Count == 0 ? null : Paging.Encode(cursorOf(items[^1])), hasNext);
    }

    public static async Task<long> CountAsync(NpgsqlDataSource db, string sql, DynamicParameters parameters)
    {
        await using var connection = await db.OpenConnectionAsync().ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(sql, parameters).ConfigureAwait(false);
    }
}
