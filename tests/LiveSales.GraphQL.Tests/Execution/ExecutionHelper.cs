using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Execution;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Execution;

/// <summary>Runs documents and gives the response as compact JSON, for exact comparison.</summary>
internal static class ExecutionHelper
{
    public static Schema JsonSchema(string sdl) => SchemaBuilder.BuildSchema(sdl);

    public static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static async Task<string> RunAsync(Schema schema, string query, object? root = null, string? variables = null, string? operationName = null, ExceptionMapper? map = null)
    {
        ExecutionResult result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            RootValue = root,
            Variables = variables is null ? null : VariableValues.FromJson(Data(variables)),
            OperationName = operationName,
            MapException = map,
        });
        return result.ToJson();
    }

    /// <summary>JSON text written with single quotes for readability in tests.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
