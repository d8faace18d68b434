using System.Text.Json;
using System.Text.Json.Nodes;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Validation;

namespace LiveSales.GraphQL.Differential;

/// <summary>
/// <c>{"op": "execute", "schema": "SDL", "data": {...}, "query": "...", "variables"?, "operationName"?}</c>
/// → <c>{"result": response}</c>: parse, validate and execute as graphql-js's <c>graphql()</c> does,
/// with every field resolved from <c>data</c> by name.
/// </summary>
internal static class ExecuteOperation
{
    private static readonly Dictionary<string, Schema> s_schemas = new(StringComparer.Ordinal);

    public static JsonObject Handle(JsonObject request)
    {
        string sdl = (string?)request["schema"] ?? string.Empty;
        if (!s_schemas.TryGetValue(sdl, out Schema? schema))
        {
            s_schemas[sdl] = schema = SchemaBuilder.BuildSchema(sdl);
        }

        JsonElement data = JsonSerializer.SerializeToElement(request["data"]);
        ExecutionResult result;
        try
        {
            DocumentNode document = Parser.Parse((string?)request["query"] ?? string.Empty);
            IReadOnlyList<GraphQLError> errors = DocumentValidator.Validate(schema, document);
            result = errors.Count > 0
                ? ExecutionResult.FromErrors(errors)
                : Executor.ExecuteAsync(new ExecutionRequest
                {
                    Schema = schema,
                    Document = document,
                    RootValue = data,
                    OperationName = (string?)request["operationName"],
                    Variables = request["variables"] is JsonObject variables ? VariableValues.FromJson(JsonSerializer.SerializeToElement(variables)) : null,
                }).AsTask().GetAwaiter().GetResult();
        }
        catch (GraphQLSyntaxError error)
        {
            result = ExecutionResult.FromError(error);
        }

        return new JsonObject { ["result"] = JsonNode.Parse(result.ToJson()) };
    }
}
