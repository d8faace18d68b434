using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveSales.Api.Auth;

/// <summary>
/// The ASP.NET Core authentication scheme of LiveSales: <c>Authorization: Bearer TOKEN</c>, or
/// <c>?access_token=TOKEN</c> on the live endpoints (browsers cannot set headers on WebSockets or
/// EventSource). No token: anonymous. A bad token: anonymous too, with the reason for a 401.
/// </summary>
public sealed class SessionAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SessionAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LiveSalesBearer";
    private const string BearerPrefix = "Bearer ";

    /// <summary>Paths where the token may come in the query string.</summary>
    public static IReadOnlyList<PathString> QueryTokenPaths { get; } = ["/hubs", "/graphql"];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenOf(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await authenticator.AuthenticateAsync(token).ConfigureAwait(false);
        return principal is null
            ? AuthenticateResult.Fail("The token is not valid: unknown, expired, revoked, or its user was deactivated.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return header[BearerPrefix.Length..].Trim();
        }

        if (request.Query.TryGetValue("access_token", out var query) && QueryTokenPaths.Any(p => request.Path.StartsWithSegments(p)))
        {
            return query.ToString();
        }

        return null;
    }
}
