using System.Text.Json.Nodes;

namespace LiveSales.GraphQL.Differential;

/// <summary>The requests the driver answers, by name. Add one file per operation and a line here.</summary>
internal static class Operations
{
    private static readonly Dictionary<string, Func<JsonObject, JsonObject>> s_handlers = new(StringComparer.Ordinal)
    {
        ["parse"] = ParseOperation.Handle,
        ["printSchema"] = PrintSchemaOperation.Handle,
        ["validate"] = ValidateOperation.Handle,
        ["execute"] = ExecuteOperation.Handle,
    };

    public static JsonObject Handle(JsonObject request)
    {
        string op = (string?)request["op"] ?? string.Empty;
        if (!s_handlers.TryGetValue(op, out Func<JsonObject, JsonObject>? handler))
        {
            return new JsonObject { ["fault"] = $"Unknown operation \"{op}\"." };
        }

        try
        {
            return handler(request);
        }
        catch (Exception error)
        {
            // An unexpected exception is a bug in the engine; the Node test shows it as such.
            return new JsonObject { ["fault"] = error.GetType().Name + ": " + error.Message };
        }
    }
}
