namespace LiveSales.GrainInterfaces;

/// <summary>One page of a keyset-paginated list. <see cref="EndCursor"/> is opaque; pass it back as "after".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? EndCursor, bool HasNextPage);
