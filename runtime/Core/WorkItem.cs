namespace LiveSales.Runtime.Core;

/// <summary>A turn waiting for (or running on) an activation: a grain call or a timer tick.</summary>
internal abstract class WorkItem(GrainMethod? method, CallChain? caller)
{
    /// <summary>The interface method called, or null for a timer tick (which runs exclusively).</summary>
    public GrainMethod? Method { get; } = method;

    public CallChain? Caller { get; } = caller;

    /// <summary>The request's place on the call stack while it runs.</summary>
    public CallChain? Node { get; set; }

    public bool Exclusive => Method is null || Method.Exclusive;

    /// <summary>Starts the turn on the grain; exceptions are returned in the task.</summary>
    public abstract Task Execute(Activation activation);

    /// <summary>Called once the turn's task completed.</summary>
    public abstract void Complete(Task task);

    /// <summary>Called when the turn can never run (activation failed, silo stopped).</summary>
    public abstract void Fail(Exception exception);
}
