using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Pools;

/// <summary>
/// A customer pool, keyed by pool id: name, rules, member teams. The pool with key
/// <see cref="PoolIds.Default"/> creates itself with the default rules on first use.
/// </summary>
public interface IPoolGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Admins only. Unknown team ids: NOT_FOUND; invalid rules: BAD_USER_INPUT.</summary>
    Task<PoolView> CreateAsync(Actor actor, CreatePoolInput input);

    /// <summary>
    /// Admins only. Every owned customer governed by the pool has its return clock recomputed under
    /// the new rules (in the background, durably, in batches).
    /// </summary>
    Task<PoolView> UpdateRulesAsync(Actor actor, PoolRules rules);

    Task<PoolView> SetTeamsAsync(Actor actor, IReadOnlyList<string> teamIds);

    /// <summary>The pool if the actor may see it (FORBIDDEN / NOT_FOUND otherwise).</summary>
    Task<PoolView> GetAsync(Actor actor);

    /// <summary>The pool without a check, or null. Interleaves: customers read rules while the pool sweeps.</summary>
    [AlwaysInterleave]
    Task<PoolView?> FindAsync();
}
