using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>
/// A grain class as the runtime sees it: its type name, how to construct it (services from DI,
/// persistent state bound by name) and how its requests may interleave.
/// </summary>
internal sealed class GrainClassInfo
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<Activation, IServiceProvider, object?>[] _arguments;

    public GrainClassInfo(Type type)
    {
        Type = type;
        Name = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? type.Name;
        Reentrant = type.IsDefined(typeof(ReentrantAttribute), inherit: false);
        Interfaces = [.. type.GetInterfaces().Where(i => typeof(IGrain).IsAssignableFrom(i) && !GrainInterfaceInfo.IsMarker(i))];
        Remindable = typeof(IRemindable).IsAssignableFrom(type);
        HasInterleavingMethods = Interfaces.SelectMany(i => i.GetMethods())
            .Any(m => m.IsDefined(typeof(AlwaysInterleaveAttribute), false) || m.IsDefined(typeof(ReadOnlyAttribute), false));
        var constructors = type.GetConstructors();
        _constructor = constructors.Length == 1
            ? constructors[0]
            : constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidOperationException($"Grain class {type.FullName} has no public constructor.");
        _arguments = [.. _constructor.GetParameters().Select(BindParameter)];
    }

    public Type Type { get; }

    public string Name { get; }

    public bool Reentrant { get; }

    public bool Remindable { get; }

    public IReadOnlyList<Type> Interfaces { get; }

    /// <summary>Reentrant or with read-only / always-interleave methods: turns need the activation's scheduler.</summary>
    public bool NeedsScheduler => Reentrant || HasInterleavingMethods;

    private bool HasInterleavingMethods { get; }

    public object Create(Activation activation, IServiceProvider services)
    {
        var values = new object?[_arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _arguments[i](activation, services);
        }

        using (GrainConstruction.Begin(activation))
        {
            try
            {
                return _constructor.Invoke(values);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }

    private Func<Activation, IServiceProvider, object?> BindParameter(ParameterInfo parameter)
    {
        var state = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (state is not null)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"{Type.Name}: [PersistentState] parameter '{parameter.Name}' must be an IPersistentState<T>.");
            }

            var stateType = type.GetGenericArguments()[0];
            var bind = typeof(Activation).GetMethod(nameof(Activation.BindState))!.MakeGenericMethod(stateType);
            var name = state.StateName;
            return (activation, _) => bind.Invoke(activation, [name]);
        }

        var serviceType = parameter.ParameterType;
        var hasDefault = parameter.HasDefaultValue;
        var defaultValue = parameter.DefaultValue;
        var grainName = Type.Name;
        return (_, services) => services.GetService(serviceType)
            ?? (hasDefault ? defaultValue : throw new InvalidOperationException($"{grainName}: no service of type {serviceType.FullName} is registered for its constructor."));
    }
}
