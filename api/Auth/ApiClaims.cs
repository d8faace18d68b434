using System.Security.Claims;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Users;

namespace LiveSales.Api.Auth;

/// <summary>How a session becomes a <see cref="ClaimsPrincipal"/> and back into the domain's <see cref="Actor"/>.</summary>
public static class ApiClaims
{
    public const string AuthenticationType = "LiveSalesToken";
    public const string TeamClaim = "team";
    public const string SessionClaim = "sid";
    public const string KindClaim = "kind";

    /// <summary>Wallboards act under this prefix and their session id: never a user id.</summary>
    public const string WallboardActorPrefix = "wallboard:";

    public static ClaimsPrincipal ForUser(SessionView session, UserView user)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(user);
        return Principal(session, user.Id, user.Name, user.Role, user.TeamId);
    }

    public static ClaimsPrincipal ForWallboard(SessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Principal(session, WallboardActorPrefix + session.Id, session.Name ?? "Wallboard", Role.Wallboard, session.TeamId);
    }

    /// <summary>The actor of a signed-in principal, or null when nobody is signed in.</summary>
    public static Actor? ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, AuthenticationType: AuthenticationType }
            || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || !Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role))
        {
            return null;
        }

        return new Actor(userId, role, principal.FindFirstValue(TeamClaim));
    }

    public static string? SessionId(ClaimsPrincipal? principal) => principal?.FindFirstValue(SessionClaim);

    public static bool IsWallboardSession(ClaimsPrincipal? principal) => principal?.FindFirstValue(KindClaim) == nameof(SessionKind.Wallboard);

    private static ClaimsPrincipal Principal(SessionView session, string actorId, string name, Role role, string? teamId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actorId),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role.ToString().ToUpperInvariant()),
            new(SessionClaim, session.Id),
            new(KindClaim, session.Kind.ToString()),
        };
        if (teamId is not null)
        {
            claims.Add(new Claim(TeamClaim, teamId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
