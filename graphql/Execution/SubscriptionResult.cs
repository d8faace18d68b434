namespace LiveSales.GraphQL.Execution;

/// <summary>The outcome of starting a subscription: a stream of results, or the result that says why there is none.</summary>
public sealed class SubscriptionResult
{
    public SubscriptionResult(IAsyncEnumerable<ExecutionResult> stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Stream = stream;
    }

    public SubscriptionResult(ExecutionResult errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>One result per source event (the spec's response stream); ends when the source ends.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Why the subscription could not start (request errors, or the subscribe resolver failed).</summary>
    public ExecutionResult? Errors { get; }

    public bool IsStream => Stream is not null;
}
