using System.Reflection;

namespace LiveSales.Runtime;

/// <summary>Runs around every request a grain receives (logging, metrics). Register in DI.</summary>
public interface IIncomingGrainCallFilter
{
    Task Invoke(IIncomingGrainCallContext context);
}

public interface IIncomingGrainCallContext
{
    GrainId TargetId { get; }

    object Grain { get; }

    /// <summary>The grain interface method called.</summary>
    MethodInfo InterfaceMethod { get; }

    IReadOnlyList<object?> Arguments { get; }

    /// <summary>The result, once <see cref="Invoke"/> has completed (null for Task and ValueTask).</summary>
    object? Result { get; set; }

    /// <summary>Calls the next filter, or the grain method itself.</summary>
    Task Invoke();
}
