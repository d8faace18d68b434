using System.Security.Claims;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Runtime;

namespace LiveSales.Api.Auth;

/// <summary>
/// Turns a bearer token into a principal on every request: the session must exist, be unexpired and
/// unrevoked, and (for user sessions) its user must exist and be active. Role and team are read from
/// the user each time, so a deactivation or a role change applies to the very next request.
/// Both reads are in-process grain calls on cached activations.
/// </summary>
public sealed class SessionAuthenticator(IGrainFactory grains, TimeProvider clock)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string? token)
    {
        if (BearerTokens.SessionIdOf(token) is not { } sessionId)
        {
            return null;
        }

        var session = await grains.GetGrain<ISessionGrain>(sessionId).FindAsync().ConfigureAwait(false);
        if (session is null || !session.IsValidAt(clock.GetUtcNow()))
        {
            return null;
        }

        if (session.Kind == SessionKind.Wallboard)
        {
            return ApiClaims.ForWallboard(session);
        }

        var user = await grains.GetGrain<IUserGrain>(session.UserId).FindAsync().ConfigureAwait(false);
        return user is { Active: true } ? ApiClaims.ForUser(session, user) : null;
    }
}
