namespace LiveSales.Runtime.Core;

/// <summary>The adapter of methods returning Task or ValueTask (no value).</summary>
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
