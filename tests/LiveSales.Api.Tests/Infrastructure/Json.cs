using System.Text.Json;

namespace LiveSales.Api.Tests.Infrastructure;

internal static class Json
{
    /// <summary>The ids of a connection's nodes (or of a list of objects), in order.</summary>
    public static string[] Ids(this JsonElement element) =>
        [.. (element.ValueKind == JsonValueKind.Array ? element : element.GetProperty("nodes")).EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    public static JsonElement At(this JsonElement element, params string[] path) =>
        path.Aggregate(element, (current, name) => current.GetProperty(name));

    public static string? Text(this JsonElement element, params string[] path) => element.At(path).GetString();
}
