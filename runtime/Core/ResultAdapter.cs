namespace LiveSales.Runtime.Core;

/// <summary>
/// Bridges the untyped call pipeline and a method's declared return type: makes the pending call
/// a queued request completes, turns a failure into a Task of the right type, and converts the
/// Task the runtime produced into what the proxy must return (Task, Task&lt;T&gt;, ValueTask...).
/// </summary>
internal abstract class ResultAdapter
{
    public abstract Task FromException(Exception exception);

    public abstract GrainCall CreateCall(GrainMethod method, object?[] arguments, CallChain? caller);

    public abstract object ToProxyResult(Task task);

    /// <summary>The value of a completed task (null for Task and ValueTask).</summary>
    public abstract object? GetResult(Task task);

    /// <summary>A task of the declared type whose value is taken from a filter context.</summary>
    public abstract Task FromFilterPipeline(Task pipeline, GrainCallContext context);

    public static ResultAdapter? For(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return VoidResultAdapter.ForTask;
        }

        if (returnType == typeof(ValueTask))
        {
            return VoidResultAdapter.ForValueTask;
        }

        if (returnType.IsGenericType)
        {
            var definition = returnType.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(ValueTask<>))
            {
                var adapter = typeof(ResultAdapter<>).MakeGenericType(returnType.GetGenericArguments()[0]);
                return (ResultAdapter)Activator.CreateInstance(adapter, [(object)(definition == typeof(ValueTask<>))])!;
            }
        }

        return null;
    }
}

internal sealed class ResultAdapter<T>(bool valueTask) : ResultAdapter
{
    public override Task FromException(Exception exception) => Task.FromException<T>(exception);

    public override GrainCall CreateCall(GrainMethod method, object?[] arguments, CallChain? caller) =>
        new GrainCall<T>(method, arguments, caller);

    public override object ToProxyResult(Task task) => valueTask ? new ValueTask<T>((Task<T>)task) : task;

    public override object? GetResult(Task task) => ((Task<T>)task).Result;

    public override Task FromFilterPipeline(Task pipeline, GrainCallContext context) => Await(pipeline, context);

    private static async Task<T> Await(Task pipeline, GrainCallContext context)
    {
        await pipeline.ConfigureAwait(false);
        return (T)context.Result!;
    }
}

internal sealed class VoidResultAdapter(bool valueTask) : ResultAdapter
{
    public static readonly VoidResultAdapter ForTask = new(false);

    public static readonly VoidResultAdapter ForValueTask = new(true);

    public override Task FromException(Exception exception) => Task.FromException(exception);

    public override GrainCall CreateCall(GrainMethod method, object?[] arguments, CallChain? caller) =>
        new GrainCall<object?>(method, arguments, caller);

    public override object ToProxyResult(Task task) => valueTask ? new ValueTask(task) : task;

    public override object? GetResult(Task task) => null;

    public override Task FromFilterPipeline(Task pipeline, GrainCallContext context) => pipeline;
}
