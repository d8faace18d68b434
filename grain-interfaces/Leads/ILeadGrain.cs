using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Leads;

/// <summary>
/// A lead, keyed by lead id. An assigned lead that nobody touches before its acceptance deadline
/// moves to the next rep (a durable reminder of its own). Conversion creates the customer with the
/// lead's id as the customer's id, so a retried conversion never makes two.
/// </summary>
public interface ILeadGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Validates the input and places the lead (owner, pool or assignment rules).</summary>
    Task<LeadView> CreateAsync(Actor actor, CreateLeadInput input);

    /// <summary>Creates an already validated and placed lead (bulk import); idempotent for the same import row.</summary>
    Task<LeadView> CreatePlacedAsync(Actor actor, CreateLeadInput input, LeadPlacement placement, string importKey);

    Task<LeadView> GetAsync(Actor actor);

    [ReadOnly]
    Task<LeadView?> FindAsync();

    /// <summary>A manager within its team, or an admin.</summary>
    Task<LeadView> AssignAsync(Actor actor, string ownerId, string? reason);

    /// <summary>A rep takes an unowned lead from a pool it belongs to.</summary>
    Task<LeadView> ClaimAsync(Actor actor);

    /// <summary>The owner acknowledges the lead: stops the acceptance deadline, status CONTACTED.</summary>
    Task<LeadView> AcceptAsync(Actor actor);

    /// <summary>CONTACTED, QUALIFIED or DISQUALIFIED; CONVERTED only through <see cref="ConvertAsync"/>.</summary>
    Task<LeadView> SetStatusAsync(Actor actor, LeadStatus status, string? reason);

    Task<LeadConversionResult> ConvertAsync(Actor actor, ConvertLeadInput input);

    /// <summary>Stores a follow-up of a lead that has no customer; raises FollowUpLogged.</summary>
    Task<FollowUpRecord> RecordFollowUpAsync(Actor actor, FollowUpRecord followUp);

    /// <summary>Sets lastFollowUpAt from a follow-up kept by the customer; counts as touching the lead.</summary>
    Task TouchFollowUpAsync(DateTimeOffset at);

    Task<Page<FollowUpRecord>> GetFollowUpsAsync(Actor actor, int first, string? after);

    /// <summary>Takes <paramref name="teamId"/> as the owner's team if <paramref name="ownerId"/> still owns it (idempotent; the user's team sweep).</summary>
    Task SetOwnerTeamAsync(string ownerId, string? teamId);
}
