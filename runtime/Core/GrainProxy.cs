using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>
/// A grain reference: implements the grain interface and turns each call into a request to the
/// grain's activation on this silo. Cheap to create; equal when the grain is.
/// </summary>
public class GrainProxy : DispatchProxy
{
    private GrainRuntime? _runtime;
    private GrainInterfaceInfo? _interface;

    public GrainId GrainId { get; private set; }

    public override bool Equals(object? obj) => obj is GrainProxy other && other.GrainId == GrainId;

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    internal void Bind(GrainRuntime runtime, GrainInterfaceInfo grainInterface, GrainId id)
    {
        _runtime = runtime;
        _interface = grainInterface;
        GrainId = id;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod is null || !_interface!.Methods.TryGetValue(targetMethod, out var method))
        {
            throw new NotSupportedException($"{targetMethod?.Name} is not a method of grain interface {_interface!.Type.Name}.");
        }

        return method.Result.ToProxyResult(_runtime!.Invoke(GrainId, method, args ?? []));
    }
}
