using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Grains.Security;

namespace LiveSales.Grains.Customers;

/// <summary>
/// What the customer itself checks before a claim: it is unowned in its pool, the rep belongs to
/// that pool, and a former owner has waited out the cooldown. The rep's own limits are checked by
/// the user grain (<see cref="Users.ClaimLimits"/>).
/// </summary>
public static class ClaimRules
{
    public static void EnsureClaimable(Actor actor, string? ownerId, bool inPool, PoolView pool, IReadOnlyList<FormerOwner> formerOwners, DateTimeOffset now)
    {
        if (!VisibilityPolicy.CanClaimFrom(actor, pool))
        {
            throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
        }

        if (ownerId is not null || !inPool)
        {
            throw new DomainException(
                ErrorCode.AlreadyOwned,
                ownerId == actor.UserId ? "You already own this customer." : "The customer already has an owner.");
        }

        if (pool.Rules.FormerOwnerCooldown is { } cooldown
            && formerOwners.Where(f => f.UserId == actor.UserId).Select(f => f.LeftAt).DefaultIfEmpty(DateTimeOffset.MinValue).Max() is var leftAt
            && leftAt != DateTimeOffset.MinValue
            && leftAt + cooldown > now)
        {
            throw new DomainException(
                ErrorCode.Cooldown,
                $"You owned this customer until {leftAt:u}; you may claim it again from {leftAt + cooldown:u}.");
        }
    }
}
