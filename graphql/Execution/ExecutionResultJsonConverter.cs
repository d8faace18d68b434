using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveSales.GraphQL.Execution;

/// <summary>Writes an <see cref="ExecutionResult"/> as the spec's response object.</summary>
public sealed class ExecutionResultJsonConverter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, not read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        value.WriteTo(writer, options);
    }
}
