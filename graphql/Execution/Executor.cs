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

    /// <summary>The operation a request runs (graphql-js's rules), or null with the error that says why there is none.</summary>
    public static OperationDefinitionNode? FindOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        error = null;
        OperationDefinitionNode? found = null;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                found = operation;
            }
        }

        if (found is null)
        {
            error = operationName is null
                ? new GraphQLError("Must provide an operation.")
                : new GraphQLError($"Unknown operation named \"{operationName}\".");
        }

        return found;
    }

    private static OperationExecutor? Prepare(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        DocumentPlan plan = DocumentPlan.For(request.Document, request.Schema);
        OperationDefinitionNode? operation = FindOperation(request.Document, request.OperationName, out GraphQLError? error);
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
