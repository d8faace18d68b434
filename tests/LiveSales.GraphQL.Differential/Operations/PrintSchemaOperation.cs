using System.Text.Json.Nodes;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Differential;

/// <summary><c>{"op": "printSchema", "sdl": "..."}</c> → <c>{"printed": "..."}</c> or <c>{"errors": [...]}</c>.</summary>
internal static class PrintSchemaOperation
{
    public static JsonObject Handle(JsonObject request)
    {
        string sdl = (string?)request["sdl"] ?? string.Empty;
        try
        {
            return new JsonObject { ["printed"] = SchemaBuilder.BuildSchema(sdl).ToSdl() };
        }
        catch (SchemaValidationException error)
        {
            return new JsonObject { ["errors"] = Json.Errors(error.Errors) };
        }
        catch (GraphQLSyntaxError error)
        {
            return new JsonObject { ["errors"] = Json.Errors([error]) };
        }
    }
}
