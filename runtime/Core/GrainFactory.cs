using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>Creates grain references (proxies) for the grains of this silo.</summary>
internal sealed class GrainFactory(GrainRuntime runtime) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Create<TGrainInterface>(new GrainId(runtime.Registry.GetImplementation(typeof(TGrainInterface)).Name, key));
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid key)
        where TGrainInterface : IGrainWithGuidKey
    {
        if (key == Guid.Empty)
        {
            throw new ArgumentException("A grain key must not be the empty Guid.", nameof(key));
        }

        return Create<TGrainInterface>(new GrainId(runtime.Registry.GetImplementation(typeof(TGrainInterface)).Name, key.ToString("N")));
    }

    public TGrainInterface GetGrain<TGrainInterface>(GrainId id)
        where TGrainInterface : IGrain
    {
        ArgumentException.ThrowIfNullOrEmpty(id.Type, nameof(id));
        ArgumentException.ThrowIfNullOrEmpty(id.Key, nameof(id));
        var grainClass = runtime.Registry.GetClass(id.Type);
        if (!typeof(TGrainInterface).IsAssignableFrom(grainClass.Type))
        {
            throw new ArgumentException($"Grain class {grainClass.Type.Name} ({id.Type}) does not implement {typeof(TGrainInterface).Name}.", nameof(id));
        }

        return Create<TGrainInterface>(id);
    }

    private TGrainInterface Create<TGrainInterface>(GrainId id)
    {
        var info = runtime.Registry.GetInterface(typeof(TGrainInterface));
        var proxy = DispatchProxy.Create<TGrainInterface, GrainProxy>();
        ((GrainProxy)(object)proxy!).Bind(runtime, info, id);
        return proxy;
    }
}
