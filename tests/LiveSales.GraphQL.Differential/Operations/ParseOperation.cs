using System.Text.Json.Nodes;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Differential;

/// <summary><c>{"op": "parse", "document": "..."}</c> → <c>{"printed": "..."}</c> or <c>{"errors": [syntax error]}</c>.</summary>
internal static class ParseOperation
{
    public static JsonObject Handle(JsonObject request)
    {
        string document = (string?)request["document"] ?? string.Empty;
        try
        {
            return new JsonObject { ["printed"] = Printer.Print(Parser.Parse(document, ParseOptions.Sdl)) };
        }
        catch (GraphQLSyntaxError error)
        {
            return new JsonObject { ["errors"] = Json.Errors([error]) };
        }
    }
}
