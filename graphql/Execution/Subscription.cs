using System.Runtime.CompilerServices;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Execution;

/// <summary>The spec's CreateSourceEventStream and MapSourceToResponseEvent.</summary>
internal static class Subscription
{
    public static async ValueTask<SubscriptionResult> CreateAsync(OperationExecutor executor, ExecutionRequest request)
    {
        IAsyncEnumerable<object?> source;
        try
        {
            source = await executor.CreateSourceEventStreamAsync().ConfigureAwait(false);
        }
        catch (GraphQLError error)
        {
            return new SubscriptionResult(ExecutionResult.FromError(error));
        }

        return new SubscriptionResult(MapSourceToResponse(source, executor, request, default));
    }

    public static async IAsyncEnumerable<ExecutionResult> Once(OperationExecutor executor)
    {
        yield return await executor.ExecuteAsync().ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(
        IAsyncEnumerable<object?> source,
        OperationExecutor executor,
        ExecutionRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (object? sourceEvent in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await executor.ForEvent(sourceEvent, request).ExecuteAsync().ConfigureAwait(false);
        }
    }
}
