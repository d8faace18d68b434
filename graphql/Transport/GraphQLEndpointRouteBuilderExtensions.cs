using LiveSales.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LiveSales.GraphQL.Transport;

/// <summary>
/// <c>app.MapGraphQL("/graphql")</c>: one endpoint for GraphQL over HTTP (GET, POST), WebSocket
/// <c>graphql-transport-ws</c>, <c>GET ?sdl</c> and the GraphiQL page. Needs <c>services.AddGraphQL(...)</c>.
/// </summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        IServiceProvider services = endpoints.ServiceProvider;
        RequestExecutor executor = services.GetService<RequestExecutor>()
            ?? throw new InvalidOperationException("MapGraphQL needs services.AddGraphQL(schema) first.");
        var http = new GraphQLHttpHandler(executor);
        ILoggerFactory loggers = services.GetRequiredService<ILoggerFactory>();
        var webSockets = new GraphQLWebSocketHandler(executor, loggers.CreateLogger<GraphQLWebSocketHandler>());
        RequestDelegate handle = context => context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context) : http.HandleAsync(context);

        // The WebSocket middleware turns an upgrade request into a WebSocket; it is applied here so the
        // endpoint works whether or not the application calls UseWebSockets().
        var upgrade = new WebSocketMiddleware(handle, Options.Create(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) }), loggers);
        return endpoints.Map(pattern, upgrade.Invoke).WithDisplayName("GraphQL " + pattern);
    }
}
