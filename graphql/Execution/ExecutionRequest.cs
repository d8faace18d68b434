using System.Security.Claims;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Execution;

/// <summary>Everything one execution needs: the schema, a (validated) document, the operation to run and the request's context.</summary>
public sealed record ExecutionRequest
{
    public required Schema Schema { get; init; }

    /// <summary>The document; execution assumes it passed validation against <see cref="Schema"/>.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>Which operation to run; may be null when the document holds exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values: plain .NET values or <see cref="System.Text.Json.JsonElement"/>s, by name.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The parent value of the root fields (for subscriptions: replaced by each event).</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services, as <see cref="IResolverContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The user, as <see cref="IResolverContext.User"/>; anonymous when null.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Cancels the execution; resolvers see it as <see cref="IResolverContext.CancellationToken"/>.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// Turns an exception a resolver threw (anything but a <see cref="Errors.GraphQLError"/>) into the
    /// error clients see. Null keeps the exception's message, as graphql-js does.
    /// </summary>
    public ExceptionMapper? MapException { get; init; }

    /// <summary>How many variable coercion errors are reported before execution gives up.</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>A bag shared by the resolvers of the request; created when null.</summary>
    public IDictionary<string, object?>? Items { get; init; }
}
