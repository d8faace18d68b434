using System.Collections.Concurrent;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.Runtime;

namespace LiveSales.Api.Live;

/// <summary>
/// This silo's copy of the pools (a handful), for deciding synchronously who may receive a pool's
/// changes. Loaded on first use and dropped when the feed shows a pool's teams or rules changed.
/// </summary>
public sealed class PoolDirectory(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, PoolView> _pools = new(StringComparer.Ordinal);

    public PoolView? Find(string poolId) => _pools.GetValueOrDefault(poolId);

    public async ValueTask<PoolView?> GetAsync(string poolId)
    {
        if (_pools.TryGetValue(poolId, out var pool))
        {
            return pool;
        }

        pool = await grains.GetGrain<IPoolGrain>(poolId).FindAsync().ConfigureAwait(false);
        if (pool is not null)
        {
            _pools[poolId] = pool;
        }

        return pool;
    }

    public void Invalidate(string poolId) => _pools.TryRemove(poolId, out _);
}
