using System.Security.Claims;

namespace LiveSales.GraphQL.Server;

/// <summary>Who asks and with what: the request's services, user, cancellation and shared items.</summary>
public sealed record RequestContext
{
    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Cancelled when the client goes away; the execution time limit is added to it.</summary>
    public CancellationToken CancellationToken { get; init; }

    public IDictionary<string, object?>? Items { get; init; }

    /// <summary>The parent value of the root fields (null for schemas whose root fields have resolvers).</summary>
    public object? RootValue { get; init; }
}
