using System.Collections;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>Receives each problem found while coercing an input value: where in the value, the bad part, and why.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// Coerces an external input value — a variable's value as plain .NET values or JSON — to the
/// internal value of an input type (graphql-js's <c>coerceInputValue</c>). Input objects become
/// <c>Dictionary&lt;string, object?&gt;</c> with defaults filled in, lists <c>List&lt;object?&gt;</c>.
/// </summary>
public static class InputCoercion
{
    /// <summary>Coerces, throwing the first problem as "Invalid value ... at "value.path": reason".</summary>
    public static object? Coerce(object? inputValue, GraphQLType type) => Coerce(inputValue, type, ThrowError);

    /// <summary>Coerces, reporting every problem to <paramref name="onError"/>; the result is meaningless if any was reported.</summary>
    public static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError, bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return Coerce(inputValue, type, onError, [], hideSuggestions);
    }

    /// <summary>A path as graphql-js prints it after "value": <c>.field[0].other</c>.</summary>
    public static string PrintPath(IEnumerable<object> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Concat(path.Select(step => step is int index ? $"[{index}]" : "." + step));
    }

    private static void ThrowError(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        string prefix = "Invalid value " + Inspect.Format(invalidValue);
        if (path.Count > 0)
        {
            prefix += $" at \"value{PrintPath(path)}\"";
        }

        throw error.WithMessage(prefix + ": " + error.Message);
    }

    private static object? Coerce(object? inputValue, GraphQLType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        if (type is NonNullType nonNull)
        {
            if (!JsonValues.IsNull(inputValue))
            {
                return Coerce(inputValue, nonNull.OfType, onError, path, hideSuggestions);
            }

            onError([.. path], JsonValues.Normalize(inputValue), new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (JsonValues.IsNull(inputValue))
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(inputValue))
                {
                    var items = new List<object?>();
                    int index = 0;
                    foreach (object? item in EnumerateList(inputValue!))
                    {
                        path.Add(index++);
                        items.Add(Coerce(item, list.OfType, onError, path, hideSuggestions));
                        path.RemoveAt(path.Count - 1);
                    }

                    return items;
                }

                return new List<object?> { Coerce(inputValue, list.OfType, onError, path, hideSuggestions) };
            case InputObjectType inputObject:
                return CoerceObject(inputValue!, inputObject, onError, path, hideSuggestions);
            case ILeafType leaf:
                return CoerceLeaf(inputValue, leaf, onError, path, hideSuggestions);
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static Dictionary<string, object?>? CoerceObject(object inputValue, InputObjectType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        if (!InputObjects.IsObject(inputValue))
        {
            onError([.. path], JsonValues.Normalize(inputValue), new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputValueDefinition field in type.Fields.Values)
        {
            if (!InputObjects.TryGetField(inputValue, field.Name, out object? fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], JsonValues.Normalize(inputValue), new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path, hideSuggestions);
            path.RemoveAt(path.Count - 1);
        }

        foreach (string fieldName in InputObjects.Keys(inputValue))
        {
            if (type.GetField(fieldName) is null)
            {
                IReadOnlyList<string> suggestions = hideSuggestions ? [] : SuggestionList.For(fieldName, type.Fields.Keys);
                onError(
                    [.. path],
                    JsonValues.Normalize(inputValue),
                    new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], JsonValues.Normalize(inputValue), new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            if (coerced.Count > 0)
            {
                (string key, object? value) = coerced.First();
                if (value is null)
                {
                    onError([.. path, key], null, new GraphQLError($"Field \"{key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object? inputValue, ILeafType type, InputCoercionErrorHandler onError, List<object> path, bool hideSuggestions)
    {
        object? plain = JsonValues.Normalize(inputValue);
        try
        {
            return type is EnumType enumType ? enumType.ParseValue(plain, hideSuggestions) : type.ParseValue(plain);
        }
        catch (GraphQLError error)
        {
            onError([.. path], plain, error);
        }
        catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException or InvalidOperationException)
        {
            onError([.. path], plain, new GraphQLError($"Expected type \"{type.Name}\". " + error.Message, nodes: null, originalError: error));
        }

        return null;
    }

    private static bool IsList(object? value) => value switch
    {
        JsonElement element => element.ValueKind == JsonValueKind.Array,
        string => false,
        IReadOnlyDictionary<string, object?> or IDictionary => false,
        IEnumerable => true,
        _ => false,
    };

    private static IEnumerable<object?> EnumerateList(object value) => value switch
    {
        JsonElement element => element.EnumerateArray().Select(item => (object?)item),
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };
}
