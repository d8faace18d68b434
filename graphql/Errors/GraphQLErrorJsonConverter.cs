using System.Text.Json;
using System.Text.Json.Serialization;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Errors;

/// <summary>Writes a <see cref="GraphQLError"/> as the spec's error object: message, locations, path, extensions.</summary>
public sealed class GraphQLErrorJsonConverter : JsonConverter<GraphQLError>
{
    public override GraphQLError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL errors are written, not read.");

    public override void Write(Utf8JsonWriter writer, GraphQLError value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("message", value.Message);
        if (value.Locations is { Count: > 0 } locations)
        {
            writer.WriteStartArray("locations");
            foreach (SourceLocation location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (value.Path is { } path)
        {
            writer.WriteStartArray("path");
            foreach (object segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (value.Extensions.Count > 0)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, value.Extensions, options);
        }

        writer.WriteEndObject();
    }
}
