namespace LiveSales.Api.GraphQL.Relay;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
