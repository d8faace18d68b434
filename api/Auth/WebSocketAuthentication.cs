using System.Text.Json;
using LiveSales.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;

namespace LiveSales.Api.Auth;

/// <summary>
/// Who a GraphQL WebSocket runs as: the token of <c>?access_token=</c> (already read by the
/// authentication scheme), or one in the <c>connection_init</c> payload as <c>{"Authorization":
/// "Bearer TOKEN"}</c> or <c>{"token": "TOKEN"}</c>. A payload token that is not valid refuses the connection.
/// </summary>
public static class WebSocketAuthentication
{
    public static async ValueTask<bool> OnConnectionInitAsync(ConnectionInitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TokenOf(context.Payload) is not { } token)
        {
            return true;
        }

        var authenticator = context.HttpContext.RequestServices.GetRequiredService<SessionAuthenticator>();
        var principal = await authenticator.AuthenticateAsync(token).ConfigureAwait(false);
        if (principal is null)
        {
            return false;
        }

        context.User = principal;
        return true;
    }

    private static string? TokenOf(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } body)
        {
            return null;
        }

        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var value = property.Value.GetString()!;
            if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase))
            {
                return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..].Trim() : value;
            }

            if (property.Name.Equals("token", StringComparison.OrdinalIgnoreCase) || property.Name.Equals("access_token", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
