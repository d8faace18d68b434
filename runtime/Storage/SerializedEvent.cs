using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace LiveSales.Runtime.Storage;

/// <summary>An event ready for the log: its type name and JSON body.</summary>
internal readonly record struct SerializedEvent(string Type, string Json)
{
    private static readonly ConcurrentDictionary<Type, string> s_names = new();

    /// <summary>What a write stores when the grain raised no events, so other silos still learn of the new version.</summary>
    public static readonly SerializedEvent StateWritten = new(EventEnvelope.StateWrittenType, "{}");

    public static SerializedEvent From(object @event)
    {
        var type = @event.GetType();
        var name = s_names.GetOrAdd(type, static t => t.GetCustomAttribute<EventTypeAttribute>()?.Name ?? t.Name);
        return new SerializedEvent(name, JsonSerializer.Serialize(@event, type, JsonSerializerOptions.Web));
    }
}
