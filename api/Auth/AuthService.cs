using LiveSales.GrainInterfaces;
using LiveSales.GrainInterfaces.Security;
using LiveSales.GrainInterfaces.Teams;
using LiveSales.GrainInterfaces.Users;
using LiveSales.Grains.Security;
using LiveSales.Runtime;
using Microsoft.Extensions.Options;

namespace LiveSales.Api.Auth;

/// <summary>Signing in and out, and wallboard display tokens.</summary>
public sealed class AuthService(IGrainFactory grains, TimeProvider clock, IOptions<AuthOptions> options)
{
    private const string InvalidCredentials = "Invalid email or password.";

    /// <summary>A new token for the user with this email and password (an inactive user cannot sign in).</summary>
    public async Task<LoginResult> LoginAsync(string email, string password)
    {
        if (!EmailAddress.IsValid(email) || string.IsNullOrEmpty(password))
        {
            throw new AuthenticationFailedException(InvalidCredentials);
        }

        var userId = await grains.GetGrain<IUserEmailGrain>(EmailAddress.Normalize(email)).GetUserIdAsync().ConfigureAwait(false);
        var user = userId is null ? null : await grains.GetGrain<IUserGrain>(userId).VerifyPasswordAsync(password).ConfigureAwait(false);
        if (user is null)
        {
            throw new AuthenticationFailedException(InvalidCredentials);
        }

        var token = BearerTokens.New();
        var expiresAt = clock.GetUtcNow() + options.Value.TokenLifetime;
        await Session(token).StartAsync(new SessionStart(SessionKind.User, user.Id, expiresAt)).ConfigureAwait(false);
        return new LoginResult(token, expiresAt, user);
    }

    /// <summary>Ends the session of the token used for this request.</summary>
    public async Task<bool> LogoutAsync(Actor actor, string sessionId)
    {
        await grains.GetGrain<ISessionGrain>(sessionId).RevokeAsync(actor.UserId).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A read-only display token for a team's wallboard (or the organisation's, for admins), valid
    /// until revoked or for <paramref name="expiresIn"/>.
    /// </summary>
    public async Task<WallboardToken> CreateWallboardTokenAsync(Actor actor, string name, string? teamId, TimeSpan? expiresIn)
    {
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            throw DomainException.BadInput("A wallboard needs a name of 1 to 100 characters.");
        }

        if (expiresIn is { } lifetime && lifetime <= TimeSpan.Zero)
        {
            throw DomainException.BadInput("expiresIn must be a positive duration.");
        }

        // A manager's wallboard shows its own team unless it names one.
        teamId ??= actor.Role == Role.Manager ? actor.TeamId : null;
        if (!VisibilityPolicy.CanManageWallboards(actor, teamId))
        {
            throw DomainException.Forbidden("Only admins, and managers for their own team, create wallboard tokens.");
        }

        if (teamId is not null && await grains.GetGrain<ITeamGrain>(teamId).FindAsync().ConfigureAwait(false) is null)
        {
            throw DomainException.NotFound("Team", teamId);
        }

        var token = BearerTokens.New();
        var expiresAt = expiresIn is { } span ? clock.GetUtcNow() + span : (DateTimeOffset?)null;
        var session = await Session(token).StartAsync(new SessionStart(SessionKind.Wallboard, actor.UserId, expiresAt, name, teamId)).ConfigureAwait(false);
        return new WallboardToken(session, token);
    }

    public async Task<WallboardToken> RevokeWallboardTokenAsync(Actor actor, string id)
    {
        var grain = grains.GetGrain<ISessionGrain>(id);
        var session = await grain.FindAsync().ConfigureAwait(false);
        if (session is not { Kind: SessionKind.Wallboard })
        {
            throw DomainException.NotFound("Wallboard token", id);
        }

        if (!VisibilityPolicy.CanManageWallboards(actor, session.TeamId))
        {
            throw DomainException.Forbidden("You may not revoke this wallboard token.");
        }

        return new WallboardToken(await grain.RevokeAsync(actor.UserId).ConfigureAwait(false));
    }

    private ISessionGrain Session(string token) => grains.GetGrain<ISessionGrain>(BearerTokens.SessionIdOf(token)!);
}
