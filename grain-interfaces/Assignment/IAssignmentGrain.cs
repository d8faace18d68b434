using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Assignment;

/// <summary>
/// The assignment rules of the organisation (key <see cref="AssignmentConfig.GrainKey"/>): the ordered rule list,
/// the catch-all pool and the saved round-robin cursors. Decides who gets a new customer or lead.
/// </summary>
public interface IAssignmentGrain : IGrainWithStringKey
{
    /// <summary>Admins only. Rules are validated (unique ids, known users, teams and pools).</summary>
    Task<AssignmentConfig> SetConfigAsync(Actor actor, AssignmentConfig config);

    [AlwaysInterleave]
    Task<AssignmentConfig> GetConfigAsync();

    /// <summary>Decides one record; <paramref name="excludeUserIds"/> are passed over (a lead that timed out with them).</summary>
    Task<AssignmentDecision> DecideAsync(AssignmentSubject subject, IReadOnlyList<string> excludeUserIds);

    /// <summary>Decides many records at once (bulk import), in order, saving the cursors once.</summary>
    Task<IReadOnlyList<AssignmentDecision>> DecideManyAsync(IReadOnlyList<AssignmentSubject> subjects);
}
