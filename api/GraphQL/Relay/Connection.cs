using LiveSales.GrainInterfaces;

namespace LiveSales.Api.GraphQL.Relay;

/// <summary>
/// A Relay connection over one keyset page. <see cref="TotalCountAsync"/> runs its query only when
/// a client selects <c>totalCount</c> (a count visits every matching row; a page does not).
/// </summary>
public sealed class Connection<T>(Page<T> page, Func<T, string> cursorOf, bool hasPrevious, Func<Task<long>> count)
{
    private Task<long>? _count;

    public IReadOnlyList<T> Nodes => page.Items;

    public IEnumerable<Edge<T>> Edges => page.Items.Select(node => new Edge<T>(cursorOf(node), node));

    public PageInfo PageInfo => new(page.HasNextPage, hasPrevious, page.Items.Count == 0 ? null : cursorOf(page.Items[0]), page.EndCursor);

    public async Task<int> TotalCountAsync() => (int)Math.Min(int.MaxValue, await (_count ??= count()).ConfigureAwait(false));
}
