using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// Executes validated documents (graphql-js's <c>execute</c> and <c>subscribe</c>): picks the
/// operation, coerces variables, runs the fields and collects errors with paths and locations.
/// </summary>
public static class Executor
{
    /// <summary>Executes a query or mutation. Completes synchronously when every resolver does.</summary>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        OperationExecutor? executor = Prepare(request, out ExecutionResult? failure);
        return executor is null ? new ValueTask<ExecutionResult>(failure!) : executor.ExecuteAsync();
    }

    /// <summary>
    /// Starts a subscription: the response stream (one result per source event), or the errors that
    /// prevented it. For a query or mutation the stream has the one result of executing it.
    /// </summary>
    public static ValueTask<SubscriptionResult> SubscribeAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        OperationExecutor? executor = Prepare(request, out ExecutionResult? failure);
        if (executor is null)
        {
            return new ValueTask<SubscriptionResult>(new SubscriptionResult(failure!));
        }

        return executor.Operation.Operation == OperationType.Subscription
            ? Subscription.CreateAsync(executor, request)
            : new ValueTask<SubscriptionResult>(new SubscriptionResult(Subscription.Once(executor)));
    }

    private static OperationExecutor? Prepare(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        DocumentPlan plan = DocumentPlan.For(request.Document, request.Schema);
        OperationDefinitionNode? operation = plan.FindOperation(request.OperationName, out GraphQLError? error);
        if (operation is null)
        {
            failure = ExecutionResult.FromError(error!);
            return null;
        }

        IReadOnlyDictionary<string, object?> variables = VariableValues.Coerce(
            request.Schema, operation.VariableDefinitions, request.Variables, request.MaxCoercionErrors, out List<GraphQLError>? errors);
        if (errors is not null)
        {
            failure = ExecutionResult.FromErrors(errors);
            return null;
        }

        return new OperationExecutor(request, plan, operation, variables);
    }
}
