using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to an internal value of an input type (graphql-js's <c>valueFromAST</c>).
/// Variables are looked up in already-coerced variable values; a variable that is absent counts
/// as "no value". Returns false when the literal is invalid for the type.
/// </summary>
public static class ValueFromAst
{
    public static bool TryConvert(
        ValueNode? valueNode,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variables,
        out object? value)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (valueNode is null)
        {
            return false;
        }

        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out object? variableValue))
            {
                return false;
            }

            // A null variable in a non-null position is invalid; validation normally rules it out.
            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryConvert(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryConvertList(valueNode, list.OfType, variables, out value);
            case InputObjectType inputObject:
                return TryConvertObject(valueNode, inputObject, variables, out value);
            case ILeafType leaf:
                try
                {
                    value = leaf.ParseLiteral(valueNode, variables);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
                catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryConvertList(ValueNode valueNode, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ListValueNode list)
        {
            // A single value where a list is expected is a list of one.
            if (!TryConvert(valueNode, itemType, variables, out object? single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(list.Values.Count);
        foreach (ValueNode itemNode in list.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
            }
            else if (TryConvert(itemNode, itemType, variables, out object? item))
            {
                items.Add(item);
            }
            else
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryConvertObject(ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode obj)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (ObjectFieldNode fieldNode in obj.Fields)
        {
            fieldNodes.TryAdd(fieldNode.Name.Value, fieldNode);
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputValueDefinition field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out ObjectFieldNode? fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out object? fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
