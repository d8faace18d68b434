using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Execution;

/// <summary>The spec's CoerceArgumentValues: the argument values of a field or directive, defaults included.</summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    /// <summary>
    /// Coerces the arguments written on <paramref name="node"/> against their definitions; throws a
    /// <see cref="GraphQLError"/> (with graphql-js's message) for a missing or invalid argument.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Get(
        IReadOnlyList<InputValueDefinition> definitions,
        AstNode node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(argumentNodes);
        if (definitions.Count == 0)
        {
            return s_none;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (InputValueDefinition definition in definitions)
        {
            string name = definition.Name;
            ArgumentNode? argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", node);
                }

                continue;
            }

            ValueNode valueNode = argumentNode.Value;
            bool isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                string variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out object? variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryConvert(valueNode, definition.Type, variables, out object? value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>Whether a literal refers to a variable anywhere inside it.</summary>
    public static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode obj => obj.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }

        return null;
    }
}
