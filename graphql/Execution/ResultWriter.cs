using System.Text.Json;

namespace LiveSales.GraphQL.Execution;

/// <summary>Writes completed values (maps, lists, serialized leaves) as JSON without an intermediate tree.</summary>
internal static class ResultWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultMap map:
                writer.WriteStartObject();
                JsonEncodedText[] keys = map.Plan.EncodedKeys;
                object?[] values = map.Values;
                for (int i = 0; i < values.Length; i++)
                {
                    writer.WritePropertyName(keys[i]);
                    WriteValue(writer, values[i], options);
                }

                writer.WriteEndObject();
                break;
            case object?[] list:
                writer.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}
