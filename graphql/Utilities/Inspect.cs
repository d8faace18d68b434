using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Describes a value for an error message the way graphql-js's <c>inspect</c> does: strings as
/// JSON, numbers as JavaScript prints them, objects as <c>{ key: value }</c>, lists as <c>[a, b]</c>.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Format(object? value) => Format(value, 0);

    /// <summary>A string as JSON.stringify writes it.</summary>
    public static string Quote(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default:
                    bool loneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < 0x20 || loneSurrogate)
                    {
                        result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case JsonElement element:
                return Format(JsonValues.FromElement(element), depth);
            case string text:
                return Quote(text);
            case bool flag:
                return flag ? "true" : "false";
            case char c:
                return Quote(c.ToString());
            case Enum:
                return Quote(value.ToString()!);
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                return JsNumber.Format(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case IEnumerable<KeyValuePair<string, object?>> entries:
                return FormatObject(entries.Select(e => (e.Key, e.Value)).ToList(), depth, "Object");
            case IDictionary dictionary:
                return FormatObject(dictionary.Keys.Cast<object>().Select(k => (k.ToString()!, dictionary[k])).ToList(), depth, "Object");
            case IEnumerable items:
                return FormatList(items.Cast<object?>().ToList(), depth);
            default:
                List<(string, object?)> properties = [.. value.GetType()
                    .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0)
                    .Select(p => (p.Name, p.GetValue(value)))];
                return FormatObject(properties, depth, value.GetType().Name);
        }
    }

    private static string FormatObject(List<(string Key, object? Value)> entries, int depth, string tag)
    {
        if (entries.Count == 0)
        {
            return "{}";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[" + tag + "]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Format(e.Value, depth + 1))) + " }";
    }

    private static string FormatList(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth + 1 > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        int shown = Math.Min(MaxArrayLength, items.Count);
        var parts = items.Take(shown).Select(item => Format(item, depth + 1)).ToList();
        int remaining = items.Count - shown;
        if (remaining == 1)
        {
            parts.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            parts.Add($"... {remaining} more items");
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
