using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Execution;

/// <summary>The spec's CoerceVariableValues, with graphql-js's messages.</summary>
public static class VariableValues
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    /// <summary>
    /// Coerces the raw values of an operation's variables; returns the coerced values, or the
    /// errors (at most <paramref name="maxErrors"/>, then one saying the limit was reached).
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors,
        out List<GraphQLError>? errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        errors = null;
        if (definitions.Count == 0)
        {
            return s_none;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var collected = new List<GraphQLError>();
        try
        {
            foreach (VariableDefinitionNode definition in definitions)
            {
                CoerceOne(schema, definition, inputs, coerced, error =>
                {
                    if (collected.Count >= maxErrors)
                    {
                        throw new TooManyErrorsException();
                    }

                    collected.Add(error);
                });
            }
        }
        catch (TooManyErrorsException)
        {
            collected.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        if (collected.Count > 0)
        {
            errors = collected;
        }

        return coerced;
    }

    /// <summary>A JSON object of variables as a dictionary of its members (values stay JSON).</summary>
    public static IReadOnlyDictionary<string, object?>? FromJson(JsonElement variables)
    {
        if (variables.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in variables.EnumerateObject())
        {
            values[property.Name] = property.Value;
        }

        return values;
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        Action<GraphQLError> onError)
    {
        string name = definition.Variable.Name.Value;
        GraphQLType? type = TypeFromAst.Convert(schema, definition.Type);
        if (!type.IsInputType())
        {
            onError(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                definition.Type));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out object? value))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (ValueFromAst.TryConvert(defaultValue, type!, null, out object? converted))
                {
                    coerced[name] = converted;
                }
            }
            else if (type is NonNullType)
            {
                onError(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (JsonValues.IsNull(value) && type is NonNullType)
        {
            onError(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        coerced[name] = InputCoercion.Coerce(value, type!, (path, invalidValue, error) =>
        {
            string prefix = $"Variable \"${name}\" got invalid value {Inspect.Format(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            }

            onError(new GraphQLError(prefix + "; " + error.Message, [definition], path: null, originalError: error));
        });
    }

    private sealed class TooManyErrorsException : Exception
    {
    }
}
