using System.Text.Json;
using LiveSales.GraphQL.Execution;

namespace LiveSales.GraphQL.Server;

/// <summary>A GraphQL request as clients send it (GraphQL over HTTP, or a WebSocket subscribe payload).</summary>
public sealed record GraphQLRequest
{
    public required string Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values by name: JSON elements or plain .NET values.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>
    /// Reads the request parameters of a JSON object (<c>query</c>, <c>operationName</c>,
    /// <c>variables</c>, <c>extensions</c>). Returns null with a message saying what is wrong.
    /// The variables stay JSON elements of <paramref name="json"/>: keep its document alive while executing.
    /// </summary>
    public static GraphQLRequest? FromJson(JsonElement json, out string? problem)
    {
        problem = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = "The request must be a JSON object.";
            return null;
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (JsonProperty property in json.EnumerateObject())
        {
            JsonElement value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        problem = "The \"query\" parameter must be a string.";
                        return null;
                    }

                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        problem = "The \"operationName\" parameter must be a string or null.";
                        return null;
                    }

                    operationName = value.GetString();
                    break;
                case "variables":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        problem = "The \"variables\" parameter must be an object or null.";
                        return null;
                    }

                    variables = VariableValues.FromJson(value);
                    break;
                case "extensions":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        problem = "The \"extensions\" parameter must be an object or null.";
                        return null;
                    }

                    extensions = VariableValues.FromJson(value);
                    break;
            }
        }

        if (query is null)
        {
            problem = "The \"query\" parameter is required.";
            return null;
        }

        return new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
    }
}
