using System.Collections.Concurrent;
using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>
/// The grain classes of the registered assemblies (concrete classes deriving from <see cref="Grain"/>
/// and implementing a grain interface; fakes and clients of an interface are not grains): by type
/// name (storage, reminders, events) and by grain interface (one implementing class each).
/// </summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<string, GrainClassInfo> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<GrainClassInfo>> _byInterface = [];
    private readonly ConcurrentDictionary<Type, GrainInterfaceInfo> _interfaces = new();

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.Distinct().SelectMany(LoadableTypes))
        {
            if (!type.IsClass || type.IsAbstract || type.IsGenericTypeDefinition || !typeof(IGrain).IsAssignableFrom(type) || !typeof(Grain).IsAssignableFrom(type))
            {
                continue;
            }

            var info = new GrainClassInfo(type);
            if (_byName.TryGetValue(info.Name, out var existing))
            {
                throw new InvalidOperationException($"Grain type name '{info.Name}' is used by {existing.Type.FullName} and {type.FullName}; give one a [GrainType].");
            }

            _byName.Add(info.Name, info);
            foreach (var @interface in info.Interfaces)
            {
                if (!_byInterface.TryGetValue(@interface, out var list))
                {
                    _byInterface[@interface] = list = [];
                }

                list.Add(info);
            }
        }
    }

    public IEnumerable<GrainClassInfo> Classes => _byName.Values;

    public GrainClassInfo GetClass(string typeName) =>
        _byName.TryGetValue(typeName, out var info)
            ? info
            : throw new ArgumentException($"No grain class has the type name '{typeName}'. Registered: {string.Join(", ", _byName.Keys.Order())}.", nameof(typeName));

    public bool TryGetClass(string typeName, out GrainClassInfo info) => _byName.TryGetValue(typeName, out info!);

    public GrainClassInfo GetImplementation(Type grainInterface)
    {
        if (!_byInterface.TryGetValue(grainInterface, out var classes))
        {
            throw new InvalidOperationException($"No grain class implements {grainInterface.FullName}; was its assembly added with AddGrains?");
        }

        return classes.Count == 1
            ? classes[0]
            : throw new InvalidOperationException($"{grainInterface.FullName} is implemented by several grain classes ({string.Join(", ", classes.Select(c => c.Type.Name))}); call GetGrain with a GrainId.");
    }

    public GrainInterfaceInfo GetInterface(Type type) => _interfaces.GetOrAdd(type, static t => new GrainInterfaceInfo(t));

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
