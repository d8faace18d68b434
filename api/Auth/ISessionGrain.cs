using LiveSales.Runtime;

namespace LiveSales.Api.Auth;

/// <summary>
/// One bearer token's session, keyed by the token's SHA-256 (hex). Every silo reads it from the shared
/// database, and a revocation written on one silo reaches the others through the event feed, which
/// drops their stale copies. An expired session removes itself (a one-shot reminder at its expiry).
/// </summary>
public interface ISessionGrain : IGrainWithStringKey, IRemindable
{
    /// <summary>Stores a new session; CONFLICT if the key is taken (a token is never reused).</summary>
    Task<SessionView> StartAsync(SessionStart start);

    /// <summary>The session, or null when no token has this hash.</summary>
    [ReadOnly]
    Task<SessionView?> FindAsync();

    /// <summary>Ends the session at once; revoking twice keeps the first revocation.</summary>
    Task<SessionView> RevokeAsync(string byUserId);
}
