using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Server;

/// <summary>How a GraphQL endpoint treats requests: limits, introspection, error masking, WebSocket auth.</summary>
public sealed class GraphQLServerOptions
{
    private readonly List<(Type Type, string Code)> _clientExceptions = [];

    /// <summary>The largest request body (or WebSocket message) accepted, in bytes; larger ones get 413 (or close 4400).</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Token and nesting limits of the parser.</summary>
    public ParseOptions ParseOptions { get; set; } = ParseOptions.Default;

    /// <summary>The deepest field nesting an operation may have; null for no limit.</summary>
    public int? MaxDepth { get; set; } = 32;

    /// <summary>The most aliases an operation may use; null for no limit.</summary>
    public int? MaxAliases { get; set; } = 200;

    /// <summary>The highest estimated cost of an operation; null for no limit.</summary>
    public int? MaxCost { get; set; }

    /// <summary>Validation stops after this many errors.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (GraphiQL needs them).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>An execution still running after this long is cancelled and answered with an error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many distinct query texts keep their parsed and validated document (0 turns the cache off).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// The one place that decides what clients see of a resolver's exception: return an error (its
    /// message and <c>extensions</c>, e.g. from <see cref="ClientErrors.Create"/>) or null for the
    /// default, "Unexpected error." (the exception is logged).
    /// </summary>
    public Func<Exception, GraphQLError?>? MapException { get; set; }

    /// <summary>
    /// Errors found before execution carry an <c>extensions.code</c>: <c>GRAPHQL_PARSE_FAILED</c>,
    /// <c>GRAPHQL_VALIDATION_FAILED</c>, <c>BAD_USER_INPUT</c> (a value of the wrong type, in the
    /// document or in the variables) and <c>OPERATION_RESOLUTION_FAILURE</c>. Off, they are
    /// graphql-js's errors exactly.
    /// </summary>
    public bool RequestErrorCodes { get; set; }

    /// <summary>Shows the exception message instead of "Unexpected error." (development only).</summary>
    public bool ExposeExceptionMessages { get; set; }

    /// <summary>Serves the SDL for <c>GET ?sdl</c>.</summary>
    public bool EnableSdl { get; set; } = true;

    /// <summary>Serves the GraphiQL page for a browser's <c>GET</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>How long a WebSocket may stay open without <c>connection_init</c> (then close 4408).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Decides a WebSocket's <c>connection_init</c>: read <see cref="ConnectionInitContext.Payload"/>
    /// (e.g. a bearer token), set <see cref="ConnectionInitContext.User"/>, return false to refuse
    /// (close 4403). Without it every connection is accepted with the HTTP request's user.
    /// </summary>
    public Func<ConnectionInitContext, ValueTask<bool>>? OnConnectionInit { get; set; }

    /// <summary>The most operations one WebSocket may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Exceptions of <typeparamref name="TException"/> (or derived) reach clients with their message and this <c>extensions.code</c>.</summary>
    public GraphQLServerOptions AddClientException<TException>(string code)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(code);
        _clientExceptions.Add((typeof(TException), code));
        return this;
    }

    internal GraphQLError? MapToClientError(Exception exception)
    {
        if (MapException?.Invoke(exception) is { } mapped)
        {
            return mapped;
        }

        foreach ((Type type, string code) in _clientExceptions)
        {
            if (type.IsInstanceOfType(exception))
            {
                return ClientErrors.Create(exception.Message, code, exception);
            }
        }

        return null;
    }
}
