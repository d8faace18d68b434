using LiveSales.GrainInterfaces.FollowUps;
using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Opportunities;

/// <summary>
/// A sales opportunity of a customer, keyed by opportunity id. Tells its customer when it opens,
/// is won or is lost (winning marks the customer won), retrying through a reminder until told.
/// </summary>
public interface IOpportunityGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>The actor must be allowed to change the customer; the owner is the customer's owner (or the actor).</summary>
    Task<OpportunityView> CreateAsync(Actor actor, CreateOpportunityInput input);

    Task<OpportunityView> GetAsync(Actor actor);

    [ReadOnly]
    Task<OpportunityView?> FindAsync();

    /// <summary>Moves an open opportunity to another open stage; probability null = the stage default.</summary>
    Task<OpportunityView> UpdateStageAsync(Actor actor, string stage, int? probability);

    Task<OpportunityView> UpdateAmountAsync(Actor actor, decimal amount);

    Task<OpportunityView> WinAsync(Actor actor);

    Task<OpportunityView> LoseAsync(Actor actor, string? reason);

    /// <summary>Sets lastFollowUpAt (from a follow-up recorded by the customer); idempotent.</summary>
    Task TouchFollowUpAsync(DateTimeOffset at);

    /// <summary>Takes <paramref name="teamId"/> as the owner's team if <paramref name="ownerId"/> still owns it (idempotent; the user's team sweep).</summary>
    Task SetOwnerTeamAsync(string ownerId, string? teamId);
}
