namespace LiveSales.Api.Live;

/// <summary>What <c>WatchPool</c> returns: the pool's first page of unowned customers, shaped like a GraphQL connection.</summary>
public sealed record PoolPageMessage(string PoolId, string PoolName, IReadOnlyList<PooledCustomerMessage> Nodes, PageInfoMessage PageInfo);

/// <summary>A customer waiting in a pool, as the hub sends it.</summary>
public sealed record PooledCustomerMessage(string Id, string Name, string? Region, string? Industry, string? Tier, DateTimeOffset? LastFollowUpAt, DateTimeOffset CreatedAt);

public sealed record PageInfoMessage(bool HasNextPage, string? EndCursor);
