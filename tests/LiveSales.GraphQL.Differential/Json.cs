using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LiveSales.GraphQL.Errors;

namespace LiveSales.GraphQL.Differential;

/// <summary>JSON writing shared by the operations: errors in the spec's format, text unescaped.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonArray Errors(IEnumerable<GraphQLError> errors) =>
        [.. errors.Select(error => JsonSerializer.SerializeToNode(error, Options))];
}
