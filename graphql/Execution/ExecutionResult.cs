using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// The spec's response: <c>errors</c> (when any), <c>data</c> (absent when the request failed before
/// execution) and <c>extensions</c>. Written straight to a <see cref="Utf8JsonWriter"/>.
/// </summary>
[JsonConverter(typeof(ExecutionResultJsonConverter))]
public sealed class ExecutionResult
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public ExecutionResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors)
    {
        Data = data;
        HasData = true;
        Errors = errors ?? [];
    }

    private ExecutionResult(IReadOnlyList<GraphQLError> errors)
    {
        Errors = errors;
    }

    /// <summary>The data; null when a non-null root field failed (or when <see cref="HasData"/> is false).</summary>
    public ResultMap? Data { get; }

    /// <summary>False for a request error (syntax, validation, variables): the response has no <c>data</c> entry.</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A response without data: the request could not be executed.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(errors);

    public static ExecutionResult FromError(GraphQLError error) => new([error]);

    public void WriteTo(Utf8JsonWriter writer, JsonSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        options ??= JsonSerializerOptions.Default;
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (GraphQLError error in Errors)
            {
                s_errorConverter.Write(writer, error, options);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, Data, options);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, Extensions, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as JSON text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public override string ToString() => ToJson();

    private static readonly GraphQLErrorJsonConverter s_errorConverter = new();
}
