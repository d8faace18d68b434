using LiveSales.GrainInterfaces.Events;

namespace LiveSales.Api.Live;

/// <summary>The hub's <c>poolChanged</c>: <c>{ poolId, customerId, change: "ADDED" | "REMOVED", at }</c>.</summary>
public sealed record PoolChangedMessage(string PoolId, string CustomerId, PoolChangeKind Change, DateTimeOffset At)
{
    public static PoolChangedMessage From(CustomerPoolChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.PoolId, change.CustomerId, change.Change, change.At);
    }
}
