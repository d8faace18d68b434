using System.Text.Json;
using System.Text.Json.Serialization;
using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Validation;

/// <summary>Writes a <see cref="ValidationError"/> exactly as any other GraphQL error.</summary>
public sealed class ValidationErrorJsonConverter : JsonConverter<ValidationError>
{
    private static readonly GraphQLErrorJsonConverter s_inner = new();

    public override ValidationError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL errors are written, not read.");

    public override void Write(Utf8JsonWriter writer, ValidationError value, JsonSerializerOptions options) =>
        s_inner.Write(writer, value, options);
}
