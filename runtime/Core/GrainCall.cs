namespace LiveSales.Runtime.Core;

/// <summary>A queued request: its arguments and the task its caller awaits.</summary>
internal abstract class GrainCall(GrainMethod method, object?[] arguments, CallChain? caller) : WorkItem(method, caller)
{
    public object?[] Arguments { get; } = arguments;

    /// <summary>The grain called (set when the call is queued), so a forwarded call finds its next activation.</summary>
    public GrainId Target { get; set; }

    public abstract Task Task { get; }

    public override Task Execute(Activation activation) => activation.Runtime.InvokeGrain(activation, Method!, Arguments);
}

internal sealed class GrainCall<T>(GrainMethod method, object?[] arguments, CallChain? caller) : GrainCall(method, arguments, caller)
{
    // Callers resume on the thread pool, not inside the activation's bookkeeping.
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task Task => _result.Task;

    public override void Complete(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            _result.TrySetResult(task is Task<T> typed ? typed.Result : default!);
        }
        else if (task.IsCanceled)
        {
            _result.TrySetCanceled();
        }
        else
        {
            _result.TrySetException(task.Exception!.InnerExceptions);
        }
    }

    public override void Fail(Exception exception) => _result.TrySetException(exception);
}
