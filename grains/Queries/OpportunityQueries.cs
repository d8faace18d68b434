using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Common;
using LiveSales.Grains.Opportunities;
using LiveSales.Grains.Security;
using Npgsql;

namespace LiveSales.Grains.Queries;

/// <summary>Opportunity lists from grain_state: those the actor may see, optionally of one customer or status.</summary>
public sealed class OpportunityQueries(NpgsqlDataSource db)
{
    public Task<Page<OpportunityView>> ListAsync(Actor actor, string? customerId, OpportunityStatus? status, int? first, string? after)
    {
        var size = Paging.Size(first);
        var query = new SqlQuery(GrainTypes.Opportunity)
            .Where(VisibilityPolicy.OwnedRecordsFilter(actor))
            .Field("customerId", customerId)
            .Field("status", status is { } s ? System.Text.Json.JsonSerializer.Serialize(s).Trim('"') : null);
        var afterKey = after is null ? null : Paging.Decode(after, 1)[0];
        return RowPages.ReadAsync<OpportunityState, OpportunityView>(db, query.PageByKey(afterKey, size + 1), query.Parameters, size, (o, _) => o.ToView(), v => [v.Id]);
    }
}
