using LiveSales.GraphQL.Builders;

namespace LiveSales.Api.GraphQL.Relay;

/// <summary><c>PageInfo</c> and the <c>XConnection</c>/<c>XEdge</c> pair of a node type.</summary>
public static class RelaySchema
{
    public static SchemaBuilder AddPageInfo(this SchemaBuilder builder) => builder
        .Object<PageInfo>("PageInfo", t =>
        {
            t.Description("Where a page ends: pass endCursor as 'after' for the next page.");
            t.Field(p => p.HasNextPage);
            t.Field(p => p.HasPreviousPage);
            t.Field(p => p.StartCursor);
            t.Field(p => p.EndCursor);
        });

    public static SchemaBuilder AddConnection<T>(this SchemaBuilder builder, string nodeType) => builder
        .Object<Connection<T>>(nodeType + "Connection", t =>
        {
            t.Description($"A page of {nodeType} values (keyset pagination: first, after).");
            t.Field("edges", $"[{nodeType}Edge!]!").Resolve((c, _) => c.Edges);
            t.Field("nodes", $"[{nodeType}!]!").Resolve((c, _) => c.Nodes);
            t.Field("pageInfo", "PageInfo!").Resolve((c, _) => c.PageInfo);
            t.Field("totalCount", "Int!").Description("Counted only when asked for.").Resolve((c, _) => c.TotalCountAsync());
        })
        .Object<Edge<T>>(nodeType + "Edge", t =>
        {
            t.Field("cursor", "String!").Resolve((e, _) => e.Cursor);
            t.Field("node", nodeType + "!").Resolve((e, _) => e.Node);
        });

    /// <summary>The arguments every list field takes.</summary>
    public static FieldBuilder Paged(this FieldBuilder field) => field
        .Argument("first", "Int", a => a.Description("Page size: 50 unless given, at most 500."))
        .Argument("after", "String", a => a.Description("The endCursor of the previous page."));

    public static FieldBuilder<T> Paged<T>(this FieldBuilder<T> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Field.Paged();
        return field;
    }
}
