namespace LiveSales.Api.GraphQL.Relay;

public sealed record Edge<T>(string Cursor, T Node);
