using LiveSales.GrainInterfaces.Security;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Teams;

/// <summary>A sales team, keyed by team id: its name and manager. Members are the users whose team it is.</summary>
public interface ITeamGrain : IGrainWithStringKey
{
    /// <summary>Admins only. The manager, when named, must be an existing manager or admin.</summary>
    Task<TeamView> CreateAsync(Actor actor, CreateTeamInput input);

    /// <summary>Admins only; the new manager joins the team.</summary>
    Task<TeamView> SetManagerAsync(Actor actor, string managerId);

    /// <summary>The team, or null. Readable by every signed-in user except wallboards (the API checks).</summary>
    [AlwaysInterleave]
    Task<TeamView?> FindAsync();
}
