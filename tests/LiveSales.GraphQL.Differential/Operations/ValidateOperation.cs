using System.Text.Json.Nodes;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Validation;

namespace LiveSales.GraphQL.Differential;

/// <summary>
/// <c>{"op": "validate", "schema": "SDL", "document": "..."}</c> → <c>{"errors": [...], "rules": [...],
/// "failedRules": [...]}</c>: the errors of the specified rules, the rule that reported each, and the
/// rules that fail when each runs alone (which is how the graphql-js side names them).
/// </summary>
internal static class ValidateOperation
{
    private static readonly Dictionary<string, Schema> s_schemas = new(StringComparer.Ordinal);

    public static JsonObject Handle(JsonObject request)
    {
        string sdl = (string?)request["schema"] ?? string.Empty;
        if (!s_schemas.TryGetValue(sdl, out Schema? schema))
        {
            s_schemas[sdl] = schema = SchemaBuilder.BuildSchema(sdl);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse((string?)request["document"] ?? string.Empty);
        }
        catch (GraphQLSyntaxError error)
        {
            return new JsonObject { ["syntaxErrors"] = Json.Errors([error]) };
        }

        IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(schema, document);
        var failedRules = new JsonArray();
        foreach (ValidationRule rule in SpecifiedRules.All.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            if (DocumentValidator.Validate(schema, document, [rule]).Count > 0)
            {
                failedRules.Add(rule.Name);
            }
        }

        return new JsonObject
        {
            ["errors"] = Json.Errors(errors),
            ["rules"] = new JsonArray([.. errors.Select(e => (JsonNode?)(e as ValidationError)?.Rule)]),
            ["failedRules"] = failedRules,
        };
    }
}
