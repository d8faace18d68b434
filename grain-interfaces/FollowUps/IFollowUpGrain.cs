using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.FollowUps;

/// <summary>
/// Logs one follow-up, keyed by the new follow-up's id (a retry with the same id records it once).
/// Finds the customer, lead and opportunity it concerns, lets the customer (or the lead, when there
/// is no customer) record it, and sets lastFollowUpAt on the others.
/// </summary>
public interface IFollowUpGrain : IGrainWithStringKey
{
    Task<FollowUpRecord> LogAsync(Actor actor, LogFollowUpInput input);
}
