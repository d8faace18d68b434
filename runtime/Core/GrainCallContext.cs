using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>One request passing through the incoming call filters, then the grain method.</summary>
internal sealed class GrainCallContext(Activation activation, GrainMethod method, object?[] arguments, IIncomingGrainCallFilter[] filters)
    : IIncomingGrainCallContext
{
    private int _next;

    public GrainId TargetId => activation.GrainId;

    public object Grain => activation.Instance!;

    public MethodInfo InterfaceMethod => method.Method;

    public IReadOnlyList<object?> Arguments => arguments;

    public object? Result { get; set; }

    public async Task Invoke()
    {
        if (_next < filters.Length)
        {
            await filters[_next++].Invoke(this).ConfigureAwait(false);
            return;
        }

        var task = method.Invoke(activation.Instance!, arguments);
        await task.ConfigureAwait(false);
        Result = method.Result.GetResult(task);
    }
}
