using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LiveSales.GraphQL.Server;

/// <summary>What <see cref="GraphQLServerOptions.OnConnectionInit"/> sees: the upgrade request and the init payload.</summary>
public sealed class ConnectionInitContext(HttpContext httpContext, JsonElement? payload)
{
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The <c>payload</c> of <c>connection_init</c>, when there was one.</summary>
    public JsonElement? Payload { get; } = payload;

    /// <summary>The user the connection's operations run as; starts as the HTTP request's user.</summary>
    public ClaimsPrincipal User { get; set; } = httpContext.User;

    /// <summary>An optional payload for <c>connection_ack</c>.</summary>
    public object? AckPayload { get; set; }
}
