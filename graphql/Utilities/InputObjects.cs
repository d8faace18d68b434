using System.Collections;
using System.Text.Json;

namespace LiveSales.GraphQL.Utilities;

/// <summary>Reads the fields of an external input object: a JSON object or a string-keyed dictionary.</summary>
internal static class InputObjects
{
    public static bool IsObject(object value) => value switch
    {
        JsonElement element => element.ValueKind == JsonValueKind.Object,
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary => true,
        _ => false,
    };

    /// <summary>False when the field is absent (undefined); a present null gives true and null.</summary>
    public static bool TryGetField(object value, string name, out object? fieldValue)
    {
        switch (value)
        {
            case JsonElement element when element.TryGetProperty(name, out JsonElement property) && property.ValueKind != JsonValueKind.Undefined:
                fieldValue = property;
                return true;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out fieldValue);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out fieldValue);
            case IDictionary dictionary when dictionary.Contains(name):
                fieldValue = dictionary[name];
                return true;
            default:
                fieldValue = null;
                return false;
        }
    }

    public static IEnumerable<string> Keys(object value) => value switch
    {
        JsonElement element => element.EnumerateObject().Select(p => p.Name),
        IReadOnlyDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary dictionary => dictionary.Keys.Cast<object>().Select(k => k.ToString()!),
        _ => [],
    };
}
