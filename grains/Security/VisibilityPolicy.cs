using LiveSales.GrainInterfaces.Events;
using LiveSales.GrainInterfaces.Pools;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Grains.Security;

/// <summary>
/// Who may see and change what (PRODUCT §7), in one place for queries, mutations, subscriptions
/// and pushes. A rep sees its own records and the unowned records of the pools it belongs to; a
/// manager sees its team's records and its team's pools; an admin sees everything; a wallboard sees
/// no customer, lead, opportunity, pool or user (it shows leaderboards and targets only).
/// </summary>
public static class VisibilityPolicy
{
    public static bool CanSeePool(Actor actor, PoolView pool) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager or Role.Rep => pool.IsOpenTo(actor.TeamId),
        _ => false,
    };

    /// <summary>Customers, leads and opportunities alike; <paramref name="pool"/> is the record's pool when it is unowned.</summary>
    public static bool CanSeeRecord(Actor actor, RecordAccess record, PoolView? pool)
    {
        if (actor.Role == Role.Admin)
        {
            return true;
        }

        if (actor.Role == Role.Wallboard)
        {
            return false;
        }

        if (record.OwnerId is not null && record.OwnerId == actor.UserId)
        {
            return true;
        }

        if (actor.Role == Role.Manager && actor.TeamId is not null && record.OwnerTeamId == actor.TeamId)
        {
            return true;
        }

        return record.OwnerId is null && record.InPool && pool is not null && pool.Id == record.PoolId && CanSeePool(actor, pool);
    }

    /// <summary>Edit details, log follow-ups, release: the owner, its team's manager, an admin.</summary>
    public static bool CanChangeRecord(Actor actor, RecordAccess record) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => (record.OwnerId is not null && record.OwnerId == actor.UserId)
            || (actor.TeamId is not null && record.OwnerTeamId == actor.TeamId),
        Role.Rep => record.OwnerId is not null && record.OwnerId == actor.UserId,
        _ => false,
    };

    /// <summary>
    /// Give a record to <paramref name="target"/>: an admin to anyone who can own records, a manager
    /// only to members of its team and only records it can see. Reps and wallboards never assign.
    /// </summary>
    public static bool CanAssign(Actor actor, RecordAccess record, PoolView? pool, UserView target)
    {
        if (!CanOwnRecords(target))
        {
            return false;
        }

        return actor.Role switch
        {
            Role.Admin => true,
            Role.Manager => actor.TeamId is not null && target.TeamId == actor.TeamId && CanSeeRecord(actor, record, pool),
            _ => false,
        };
    }

    /// <summary>A rep (or a manager for itself) may create a record it owns; managers for their team; admins for anyone.</summary>
    public static bool CanCreateOwnedBy(Actor actor, UserView owner)
    {
        if (!CanOwnRecords(owner))
        {
            return false;
        }

        return actor.Role switch
        {
            Role.Admin => true,
            Role.Manager => owner.Id == actor.UserId || (actor.TeamId is not null && owner.TeamId == actor.TeamId),
            Role.Rep => owner.Id == actor.UserId,
            _ => false,
        };
    }

    /// <summary>Reps and managers create records; wallboards never write anything.</summary>
    public static bool CanCreateRecords(Actor actor) => actor.Role is Role.Admin or Role.Manager or Role.Rep;

    /// <summary>Claim from a pool: reps and managers (for themselves), of a pool open to their team.</summary>
    public static bool CanClaimFrom(Actor actor, PoolView pool) =>
        actor.Role is Role.Rep or Role.Manager && pool.IsOpenTo(actor.TeamId);

    /// <summary>Active reps and managers hold customers and leads; admins and wallboards do not.</summary>
    public static bool CanOwnRecords(UserView user) => user.Active && user.Role is Role.Rep or Role.Manager;

    /// <summary>Lock and unlock: a manager of the owner's team, an admin.</summary>
    public static bool CanLock(Actor actor, RecordAccess record) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => actor.TeamId is not null && (record.OwnerTeamId == actor.TeamId || record.OwnerId == actor.UserId),
        _ => false,
    };

    /// <summary>Teams (name, manager, members) are visible to every signed-in user but wallboards.</summary>
    public static bool CanSeeTeam(Actor actor) => actor.Role != Role.Wallboard;

    /// <summary>Admins see every user; reps and managers see themselves and their team; wallboards none.</summary>
    public static bool CanSeeUser(Actor actor, UserView user) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager or Role.Rep => user.Id == actor.UserId || (actor.TeamId is not null && user.TeamId == actor.TeamId),
        _ => false,
    };

    /// <summary>Admins create any user; a manager creates reps in its own team.</summary>
    public static bool CanCreateUser(Actor actor, Role role, string? teamId) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => role == Role.Rep && actor.TeamId is not null && teamId == actor.TeamId,
        _ => false,
    };

    /// <summary>Active/away/capacity: admins for anyone, a manager for its team, a user for its own "away".</summary>
    public static bool CanManageUser(Actor actor, UserView user) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => user.Id == actor.UserId || (actor.TeamId is not null && user.TeamId == actor.TeamId && user.Role == Role.Rep),
        _ => false,
    };

    /// <summary>
    /// Create, list and revoke wallboard display tokens: admins for any team or the whole
    /// organisation (<paramref name="teamId"/> null), a manager for its own team only.
    /// </summary>
    public static bool CanManageWallboards(Actor actor, string? teamId) => actor.Role switch
    {
        Role.Admin => true,
        Role.Manager => actor.TeamId is not null && teamId == actor.TeamId,
        _ => false,
    };

    /// <summary>Rules, pools, teams and assignment configuration are the admins'.</summary>
    public static bool CanConfigure(Actor actor) => actor.Role == Role.Admin;

    /// <summary>
    /// The rows of a list query the actor may see without naming a pool: its own (rep), its team's
    /// (manager: records taken by members of its team, its own included), all (admin), none
    /// (wallboard). One indexed condition each, so lists stay keyset scans. Pool pages are
    /// authorised with <see cref="CanSeePool"/>.
    /// </summary>
    public static SqlFilter OwnedRecordsFilter(Actor actor) => actor.Role switch
    {
        Role.Admin => SqlFilter.All,
        Role.Manager when actor.TeamId is not null => new SqlFilter(
            "data->>'ownerTeamId' = @visibleTeamId",
            new Dictionary<string, object?> { ["visibleTeamId"] = actor.TeamId }),
        Role.Manager or Role.Rep => new SqlFilter(
            "data->>'ownerId' = @visibleUserId",
            new Dictionary<string, object?> { ["visibleUserId"] = actor.UserId }),
        _ => SqlFilter.Nothing,
    };

    /// <summary>
    /// Whether a push of <paramref name="domainEvent"/> may reach <paramref name="actor"/>: alerts go to
    /// their recipient only, pool changes to those who see the pool, record events to those who see
    /// the record. <paramref name="findPool"/> gives a pool by id (null if unknown).
    /// </summary>
    public static bool CanReceive(Actor actor, IDomainEvent domainEvent, Func<string, PoolView?> findPool) => domainEvent switch
    {
        AlertRaised alert => alert.RecipientUserId == actor.UserId,
        CustomerPoolChanged change => findPool(change.PoolId) is { } pool && CanSeePool(actor, pool),
        FollowUpLogged logged => CanSeeOwned(actor, logged.OwnerId, logged.OwnerTeamId),
        CustomerOwnershipChanged owned => CanSeeOwned(actor, owned.Change.ToUserId, owned.OwnerTeamId)
            || (owned.Change.ToUserId is null && findPool(owned.PoolId) is { } pool && CanSeePool(actor, pool)),
        CustomerCreated created => CanSeeOwned(actor, created.OwnerId, created.OwnerTeamId),
        CustomerUpdated updated => CanSeeOwned(actor, updated.OwnerId, updated.OwnerTeamId),
        CustomerWon won => CanSeeOwned(actor, won.OwnerId, won.OwnerTeamId),
        LeadCreated lead => CanSeeOwned(actor, lead.OwnerId, lead.OwnerTeamId),
        LeadAssigned lead => CanSeeOwned(actor, lead.ToUserId, lead.OwnerTeamId) || actor.UserId == lead.FromUserId,
        LeadStatusChanged lead => CanSeeOwned(actor, lead.OwnerId, lead.OwnerTeamId),
        LeadConverted lead => CanSeeOwned(actor, lead.OwnerId, lead.OwnerTeamId),
        OpportunityCreated opportunity => CanSeeOwned(actor, opportunity.OwnerId, opportunity.OwnerTeamId),
        OpportunityStageChanged opportunity => CanSeeOwned(actor, opportunity.OwnerId, opportunity.OwnerTeamId),
        OpportunityClosed opportunity => CanSeeOwned(actor, opportunity.OwnerId, opportunity.OwnerTeamId),
        OwnerTeamChanged changed => CanSeeOwned(actor, changed.OwnerId, changed.ToTeamId),
        _ => actor.Role == Role.Admin,
    };

    private static bool CanSeeOwned(Actor actor, string? ownerId, string? ownerTeamId) =>
        actor.Role != Role.Wallboard && CanSeeRecord(actor, new RecordAccess(ownerId, ownerTeamId, null, false), null);
}
