using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Opportunities;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Customers;

/// <summary>
/// A customer, keyed by customer id. Owns its ownership history, its follow-up history and its
/// return clock (one durable reminder of its own).
/// </summary>
public interface ICustomerGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>
    /// Creates the customer (see <see cref="CreateCustomerInput"/> for placement). Existing id:
    /// CONFLICT, unless both were made from the same lead (then the existing customer is returned).
    /// </summary>
    Task<CustomerView> CreateAsync(Actor actor, CreateCustomerInput input);

    /// <summary>The customer if the actor may see it (FORBIDDEN / NOT_FOUND otherwise).</summary>
    Task<CustomerView> GetAsync(Actor actor);

    /// <summary>Id, owner and pool without a check, or null: for other grains.</summary>
    [ReadOnly]
    Task<CustomerAccess?> FindAccessAsync();

    Task<CustomerView> UpdateAsync(Actor actor, UpdateCustomerInput input);

    /// <summary>A manager within its team, or an admin, gives the customer to a rep (from the pool or from another rep).</summary>
    Task<CustomerView> AssignAsync(Actor actor, string ownerId, string? reason);

    /// <summary>
    /// The rep takes the customer from the pool: atomic; ALREADY_OWNED, FORBIDDEN (not its pool),
    /// COOLDOWN, CLAIM_LIMIT_REACHED, HOLDING_LIMIT_REACHED.
    /// </summary>
    Task<CustomerView> ClaimAsync(Actor actor);

    /// <summary>The owner (or its manager, or an admin) gives it back to its pool; NOT_OWNER otherwise.</summary>
    Task<CustomerView> ReleaseAsync(Actor actor, string? reason);

    /// <summary>Managers and admins: a locked customer never returns to the pool.</summary>
    Task<CustomerView> SetLockedAsync(Actor actor, bool locked);

    /// <summary>Stores a follow-up, moves the clock, schedules FOLLOW_UP_DUE, raises FollowUpLogged.</summary>
    Task<FollowUpRecord> RecordFollowUpAsync(Actor actor, FollowUpRecord followUp);

    /// <summary>Follow-ups, newest first.</summary>
    Task<Page<FollowUpRecord>> GetFollowUpsAsync(Actor actor, int first, string? after);

    /// <summary>An opportunity of this customer opened, was won or lost (idempotent).</summary>
    Task OpportunityChangedAsync(string opportunityId, OpportunityStatus status, DateTimeOffset at);

    /// <summary>Recomputes the return clock under the pool's current rules (after a rules change).</summary>
    Task RefreshClockAsync();

    /// <summary>Takes <paramref name="teamId"/> as the owner's team if <paramref name="ownerId"/> still owns it (idempotent; the user's team sweep).</summary>
    Task SetOwnerTeamAsync(string ownerId, string? teamId);
}
