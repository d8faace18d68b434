using System.Collections.Frozen;
using System.Reflection;

namespace LiveSales.Runtime.Core;

/// <summary>A grain interface's methods (including inherited ones), each compiled once.</summary>
internal sealed class GrainInterfaceInfo
{
    public GrainInterfaceInfo(Type type)
    {
        if (!type.IsInterface || !typeof(IGrain).IsAssignableFrom(type))
        {
            throw new ArgumentException($"{type.FullName} is not a grain interface (an interface deriving from IGrain).", nameof(type));
        }

        Type = type;
        var methods = new[] { type }.Concat(type.GetInterfaces())
            .SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Distinct();
        Methods = methods.ToFrozenDictionary(m => m, m => new GrainMethod(m));
    }

    public Type Type { get; }

    public FrozenDictionary<MethodInfo, GrainMethod> Methods { get; }

    /// <summary>The runtime's own marker interfaces, which no grain class "implements" on its own.</summary>
    public static bool IsMarker(Type type) =>
        type == typeof(IGrain) || type == typeof(IGrainWithStringKey) || type == typeof(IGrainWithGuidKey);
}
