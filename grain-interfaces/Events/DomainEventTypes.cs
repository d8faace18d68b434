using System.Reflection;
using System.Text.Json;
using LiveSales.Runtime;

namespace LiveSales.GrainInterfaces.Events;

/// <summary>The event type names of the log, mapped to their CLR types, for readers of the event feed.</summary>
public static class DomainEventTypes
{
    private static readonly Dictionary<string, Type> s_byName = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.GetCustomAttribute<EventTypeAttribute>()?.Name ?? t.Name, t => t, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, Type> ByName => s_byName;

    public static string NameOf(Type type) => type.GetCustomAttribute<EventTypeAttribute>()?.Name ?? type.Name;

    /// <summary>The domain event in an envelope, or null for runtime markers and unknown types.</summary>
    public static IDomainEvent? Read(EventEnvelope envelope) =>
        s_byName.TryGetValue(envelope.Type, out var type)
            ? (IDomainEvent?)envelope.Data.Deserialize(type, JsonSerializerOptions.Web)
            : null;
}
