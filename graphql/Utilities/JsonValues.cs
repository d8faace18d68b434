using System.Text.Json;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Turns JSON (<see cref="JsonElement"/>) into plain .NET values, so that values from request
/// variables and from JSON data behave like the JavaScript values graphql-js sees: objects become
/// <c>Dictionary&lt;string, object?&gt;</c>, arrays <c>List&lt;object?&gt;</c>, numbers int, long or double.
/// </summary>
public static class JsonValues
{
    /// <summary>A JsonElement as a plain value (deeply); any other value is returned unchanged.</summary>
    public static object? Normalize(object? value) => value is JsonElement element ? FromElement(element) : value;

    /// <summary>A JsonElement as a plain value, one level deep: objects and arrays stay JsonElements.</summary>
    public static object? NormalizeScalar(object? value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Object or JsonValueKind.Array => element,
            _ => FromElement(element),
        };
    }

    /// <summary>True for a JSON null (or undefined) element.</summary>
    public static bool IsNull(object? value) => value is null || value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    public static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ReadNumber(element);
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (JsonElement item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            default:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    dictionary[property.Name] = FromElement(property.Value);
                }

                return dictionary;
        }
    }

    private static object ReadNumber(JsonElement element)
    {
        if (element.TryGetInt32(out int i))
        {
            return i;
        }

        if (element.TryGetInt64(out long l))
        {
            return l;
        }

        // Out-of-range literals read as infinities, as JSON.parse gives them.
        return element.TryGetDouble(out double d)
            ? d
            : double.Parse(element.GetRawText(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
