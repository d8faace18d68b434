using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Users;

/// <summary>
/// Re-stamps the customers, leads and opportunities a user owns with the user's current team, in
/// keyset batches driven by its own one-shot reminder, keyed by user id. Nothing but the user calls
/// it, and only through <see cref="StartAsync"/>, so the records it calls can call the user freely.
/// </summary>
public interface ITeamSweepGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>
    /// Asks for a pass (at once, through the reminder). Interleaves and touches no state: the user's
    /// turn that calls it never waits behind a batch whose records may be waiting for that user.
    /// </summary>
    [AlwaysInterleave]
    Task StartAsync();
}
