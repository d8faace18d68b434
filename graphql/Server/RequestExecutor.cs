using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LiveSales.GraphQL.Server;

/// <summary>
/// The request pipeline of one schema: parse (with the parser's limits) → document cache → validate
/// (specified rules and the configured limits) → choose the operation → execute under the time limit,
/// with resolver exceptions masked. Transports call it; it knows nothing of HTTP.
/// </summary>
public sealed partial class RequestExecutor
{
    private readonly ValidationOptions _validationOptions;
    private readonly ILogger _logger;
    private readonly ExceptionMapper _mapException;

    public RequestExecutor(Schema schema, GraphQLServerOptions options, ILogger<RequestExecutor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        Schema = schema;
        Options = options;
        Cache = new DocumentCache(options.DocumentCacheSize);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _validationOptions = new ValidationOptions
        {
            MaxErrors = options.MaxValidationErrors,
            MaxDepth = options.MaxDepth,
            MaxAliases = options.MaxAliases,
            MaxCost = options.MaxCost,
            DisableIntrospection = !options.EnableIntrospection,
        };
        _mapException = MapException;
    }

    public Schema Schema { get; }

    public GraphQLServerOptions Options { get; }

    public DocumentCache Cache { get; }

    /// <summary>Parses and validates (or finds both in the cache) and chooses the operation.</summary>
    public PreparedRequest Prepare(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Cache.TryGet(request.Query, out DocumentNode document, out IReadOnlyList<GraphQLError> validationErrors))
        {
            try
            {
                document = Parser.Parse(new Source(request.Query), Options.ParseOptions);
            }
            catch (GraphQLSyntaxError error)
            {
                return Refused(RequestFailure.Syntax, [error]);
            }

            validationErrors = DocumentValidator.Validate(Schema, document, options: _validationOptions);
            Cache.Add(request.Query, document, validationErrors);
        }

        if (validationErrors.Count > 0)
        {
            return Refused(RequestFailure.Validation, validationErrors);
        }

        OperationDefinitionNode? operation = Executor.FindOperation(document, request.OperationName, out GraphQLError? operationError);
        return operation is null
            ? Refused(RequestFailure.Operation, [operationError!])
            : new PreparedRequest(document, operation);
    }

    private PreparedRequest Refused(RequestFailure failure, IReadOnlyList<GraphQLError> errors) =>
        new(failure, Options.RequestErrorCodes ? RequestErrorCodes.Apply(failure, errors) : errors);

    private ExecutionResult WithVariableErrorCodes(ExecutionResult result) =>
        Options.RequestErrorCodes ? RequestErrorCodes.ApplyToVariables(result) : result;

    /// <summary>The whole pipeline: a response for any request, never an exception (but cancellation by the client).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context)
    {
        PreparedRequest prepared = Prepare(request);
        return prepared.IsValid
            ? ExecuteAsync(prepared, request, context)
            : new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));
    }

    /// <summary>Executes a prepared query or mutation under the time limit.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedRequest prepared, GraphQLRequest request, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(context);
        if (!prepared.IsValid)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));
        }

        var timeout = new CancellationTokenSource(Options.ExecutionTimeout);
        CancellationTokenSource linked = context.CancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, context.CancellationToken)
            : timeout;
        ValueTask<ExecutionResult> running;
        try
        {
            running = Executor.ExecuteAsync(CreateRequest(prepared, request, context, linked.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            Dispose(timeout, linked);
            return new ValueTask<ExecutionResult>(TimedOut());
        }

        if (running.IsCompletedSuccessfully)
        {
            Dispose(timeout, linked);
            return new ValueTask<ExecutionResult>(WithVariableErrorCodes(running.Result));
        }

        return AwaitWithinLimit(running, timeout, linked, context.CancellationToken);
    }

    /// <summary>Starts a prepared operation as a stream of results (a subscription, or a single result for a query or mutation).</summary>
    public ValueTask<SubscriptionResult> SubscribeAsync(PreparedRequest prepared, GraphQLRequest request, RequestContext context)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(context);
        if (!prepared.IsValid)
        {
            return new ValueTask<SubscriptionResult>(new SubscriptionResult(ExecutionResult.FromErrors(prepared.Errors)));
        }

        ValueTask<SubscriptionResult> starting = Executor.SubscribeAsync(CreateRequest(prepared, request, context, context.CancellationToken));
        return Options.RequestErrorCodes ? WithVariableErrorCodesAsync(starting) : starting;
    }

    private static async ValueTask<SubscriptionResult> WithVariableErrorCodesAsync(ValueTask<SubscriptionResult> starting)
    {
        SubscriptionResult started = await starting.ConfigureAwait(false);
        return started.Errors is { } errors ? new SubscriptionResult(RequestErrorCodes.ApplyToVariables(errors)) : started;
    }

    private ExecutionRequest CreateRequest(PreparedRequest prepared, GraphQLRequest request, RequestContext context, CancellationToken cancellationToken) => new()
    {
        Schema = Schema,
        Document = prepared.Document!,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Services = context.Services,
        User = context.User,
        Items = context.Items,
        RootValue = context.RootValue,
        CancellationToken = cancellationToken,
        MapException = _mapException,
    };

    private async ValueTask<ExecutionResult> AwaitWithinLimit(ValueTask<ExecutionResult> running, CancellationTokenSource timeout, CancellationTokenSource linked, CancellationToken aborted)
    {
        try
        {
            // WaitAsync: a resolver that ignores cancellation cannot hold the response past the limit.
            return WithVariableErrorCodes(await running.AsTask().WaitAsync(linked.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            LogTimeout(_logger, Options.ExecutionTimeout);
            return TimedOut();
        }
        finally
        {
            Dispose(timeout, linked);
        }
    }

    private ExecutionResult TimedOut() => new(null, [ClientErrors.Create(
        $"The operation was cancelled: it ran longer than the execution time limit ({Options.ExecutionTimeout.TotalSeconds:0.###} s).",
        ClientErrors.Timeout)]);

    private static void Dispose(CancellationTokenSource timeout, CancellationTokenSource linked)
    {
        if (!ReferenceEquals(timeout, linked))
        {
            linked.Dispose();
        }

        timeout.Dispose();
    }

    /// <summary>
    /// The error clients see for an exception (a <see cref="GraphQLError"/> as it is; anything else
    /// through <see cref="GraphQLServerOptions.MapException"/>, else "Unexpected error."). Transports use
    /// it for failures outside field execution, such as a subscription's event stream failing.
    /// </summary>
    public GraphQLError ToClientError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception as GraphQLError ?? MapException(exception);
    }

    private GraphQLError MapException(Exception exception)
    {
        GraphQLError? mapped;
        try
        {
            mapped = Options.MapToClientError(exception);
        }
        catch (Exception mapperFailure)
        {
            LogResolverException(_logger, mapperFailure);
            mapped = null;
        }

        if (mapped is not null)
        {
            return mapped;
        }

        LogResolverException(_logger, exception);
        return ClientErrors.Create(Options.ExposeExceptionMessages ? exception.Message : "Unexpected error.", ClientErrors.InternalError, exception);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver failed")]
    private static partial void LogResolverException(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A GraphQL operation exceeded the execution time limit of {Limit}")]
    private static partial void LogTimeout(ILogger logger, TimeSpan limit);
}
