using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Assignment;
using LiveSales.GrainInterfaces.Leads;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Security;
using LiveSales.Runtime;

namespace LiveSales.Grains.Leads;

/// <summary>
/// Where a new lead goes: to the named owner (checked against the policy), unowned into the named
/// pool, or where the assignment rules send it.
/// </summary>
public static class LeadPlacements
{
    public static async Task<LeadPlacement> ResolveAsync(IGrainFactory grains, Actor actor, CreateLeadInput input)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(input);
        if (input.OwnerId is null && input.PoolId is null)
        {
            var subject = new AssignmentSubject(AssignmentSubjectKind.Lead, input.Region, input.Industry, input.Source);
            return FromDecision(await grains.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).DecideAsync(subject, []));
        }

        var config = await grains.GetGrain<IAssignmentGrain>(AssignmentConfig.GrainKey).GetConfigAsync();
        var pool = await FindPoolAsync(grains, input.PoolId ?? config.FallbackPoolId);
        if (input.OwnerId is { } ownerId)
        {
            var owner = await grains.GetGrain<IUserGrain>(ownerId).FindAsync() ?? throw DomainException.NotFound("User", ownerId);
            return ForOwner(actor, owner, pool.Id, config.LeadAcceptWithin);
        }

        return actor.IsSystem || VisibilityPolicy.CanSeePool(actor, pool)
            ? new LeadPlacement(null, null, pool.Id, $"Placed in pool '{pool.Name}'.", null, null)
            : throw DomainException.Forbidden($"You are not a member of pool '{pool.Name}'.");
    }

    /// <summary>A lead for a named owner: someone else's lead must be accepted in time, one's own need not.</summary>
    public static LeadPlacement ForOwner(Actor actor, UserView owner, string poolId, TimeSpan? acceptWithin)
    {
        if (!VisibilityPolicy.CanOwnRecords(owner))
        {
            throw DomainException.BadInput($"{owner.Name} cannot own leads (inactive, or not a rep or manager).");
        }

        if (!actor.IsSystem && !VisibilityPolicy.CanCreateOwnedBy(actor, owner))
        {
            throw DomainException.Forbidden($"You may not create leads owned by {owner.Name}.");
        }

        var own = owner.Id == actor.UserId;
        return new LeadPlacement(owner.Id, owner.TeamId, poolId, own ? "Created by its owner." : $"Created for {owner.Name}.", null, own ? null : acceptWithin);
    }

    public static LeadPlacement FromDecision(AssignmentDecision decision) =>
        new(decision.OwnerId, decision.OwnerTeamId, decision.PoolId, decision.Reason, decision.RuleId, decision.OwnerId is null ? null : decision.LeadAcceptWithin);

    public static async Task<PoolView> FindPoolAsync(IGrainFactory grains, string poolId) =>
        await grains.GetGrain<IPoolGrain>(poolId).FindAsync() ?? throw DomainException.NotFound("Pool", poolId);
}
