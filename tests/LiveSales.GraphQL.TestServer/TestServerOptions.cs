using System.Security.Claims;
using System.Text.Json;
using LiveSales.GraphQL.Server;

namespace LiveSales.GraphQL.TestServer;

/// <summary>
/// The options the transport tests rely on: a short time limit, small limits that bad input hits,
/// a client-facing exception type, and a connection_init hook that reads <c>{ "token": ... }</c>.
/// </summary>
public static class TestServerOptions
{
    public static void Configure(GraphQLServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ExecutionTimeout = TimeSpan.FromSeconds(2);
        options.MaxDepth = 20;
        options.MaxAliases = 100;
        options.ConnectionInitTimeout = TimeSpan.FromSeconds(1);
        options.AddClientException<ArgumentException>("BAD_USER_INPUT");
        options.OnConnectionInit = context =>
        {
            string? token = context.Payload is { } payload && payload.TryGetProperty("token", out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
            if (token == "forbidden")
            {
                return ValueTask.FromResult(false);
            }

            if (token is not null)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token)], "token"));
            }

            return ValueTask.FromResult(true);
        };
    }
}
