using System.Collections.Concurrent;
using System.Security.Claims;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// Executes one operation (the spec's ExecuteQuery/ExecuteMutation): the state of one request and
/// the field algorithms in <c>OperationExecutor.Fields.cs</c> and <c>OperationExecutor.Values.cs</c>.
/// Work that completes synchronously stays synchronous; only pending resolvers cost a task.
/// </summary>
internal sealed partial class OperationExecutor
{
    private static readonly ClaimsPrincipal s_anonymous = new(new ClaimsIdentity());
    private readonly DocumentPlan _plan;
    private readonly ExceptionMapper? _mapException;
    private IDictionary<string, object?>? _items;

    public OperationExecutor(ExecutionRequest request, DocumentPlan plan, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        _plan = plan;
        _mapException = request.MapException;
        _items = request.Items;
        Schema = request.Schema;
        Operation = operation;
        Variables = variables;
        RootValue = request.RootValue;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        User = request.User ?? s_anonymous;
        CancellationToken = request.CancellationToken;
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _plan.Fragments;

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; private set; }

    public IServiceProvider Services { get; }

    public ClaimsPrincipal User { get; }

    public CancellationToken CancellationToken { get; }

    public IDictionary<string, object?> Items =>
        _items ?? Interlocked.CompareExchange(ref _items, new ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null) ?? _items;

    private ErrorCollector Errors { get; } = new();

    /// <summary>Runs the operation; the result holds data and the field errors.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync()
    {
        ValueTask<object?> data;
        try
        {
            ObjectType rootType = Schema.GetRootType(Operation.Operation)
                ?? throw new GraphQLError($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", Operation);
            SelectionPlan plan = _plan.GetRootPlan(Operation, rootType, this);
            data = Operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, RootValue, plan)
                : ExecuteFields(rootType, RootValue, null, plan);
        }
        catch (GraphQLError error)
        {
            Errors.Add(error, null);
            return new ValueTask<ExecutionResult>(new ExecutionResult(null, Errors.ToList()));
        }

        return data.IsCompletedSuccessfully
            ? new ValueTask<ExecutionResult>(new ExecutionResult((ResultMap?)data.Result, Errors.ToList()))
            : AwaitResult(data);
    }

    /// <summary>Runs the operation again for one event of a subscription, with the event as the root value.</summary>
    public OperationExecutor ForEvent(object? rootValue, ExecutionRequest request)
    {
        var executor = new OperationExecutor(request, _plan, Operation, Variables) { RootValue = rootValue };
        return executor;
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private async ValueTask<ExecutionResult> AwaitResult(ValueTask<object?> data)
    {
        ResultMap? map;
        try
        {
            map = (ResultMap?)await data.ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            Errors.Add(error, null);
            map = null;
        }

        return new ExecutionResult(map, Errors.ToList());
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
