using System.Collections;
using System.Text.Json;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

using Path = LiveSales.GraphQL.Types.Path;

namespace LiveSales.GraphQL.Execution;

/// <summary>CompleteValue: leaves serialized, lists item by item, objects by their sub-selection, abstract types resolved.</summary>
internal sealed partial class OperationExecutor
{
    private ValueTask<object?> CompleteValue(GraphQLType type, ResolverContext context, Path path, object? result)
    {
        if (result is Exception exception)
        {
            throw exception;
        }

        if (type is NonNullType nonNull)
        {
            ValueTask<object?> completed = CompleteValue(nonNull.OfType, context, path, result);
            if (!completed.IsCompletedSuccessfully)
            {
                return AwaitNonNull(completed, context);
            }

            return completed.Result is null ? throw NullError(context.ParentType, context.FieldDefinition) : completed;
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return default;
        }

        return type switch
        {
            ScalarType scalar => new ValueTask<object?>(CompleteLeaf(scalar, scalar.Serialize(result), result)),
            ObjectType objectType => CompleteObject(objectType, context, path, result),
            ListType list => CompleteList(list, context, path, result),
            EnumType enumType => new ValueTask<object?>(CompleteLeaf(enumType, enumType.Serialize(result), result)),
            _ => CompleteAbstract((IAbstractType)type, context, path, result),
        };
    }

    private static object CompleteLeaf(ILeafType type, object? serialized, object result) =>
        serialized ?? throw new GraphQLError(
            $"Expected `{type.Name}.serialize({Inspect.Format(result)})` to return non-nullable value, returned: {Inspect.Format(serialized)}");

    private static GraphQLError NullError(ObjectType parentType, FieldDefinition field) =>
        new($"Cannot return null for non-nullable field {parentType.Name}.{field.Name}.");

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> completed, ResolverContext context) =>
        await completed.ConfigureAwait(false) ?? throw NullError(context.ParentType, context.FieldDefinition);

    private ValueTask<object?> CompleteObject(ObjectType type, ResolverContext context, Path path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result, context))
        {
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {Inspect.Format(result)}.", context.Field.Nodes);
        }

        return ExecuteFields(type, result, path, context.Field.GetSubPlan(type, this));
    }

    private ValueTask<object?> CompleteAbstract(IAbstractType type, ResolverContext context, Path path, object result)
    {
        string? typeName = type.ResolveType?.Invoke(result, context) ?? DefaultTypeResolver.Resolve(result, context, type);
        return CompleteObject(RuntimeType(typeName, type, context, result), context, path, result);
    }

    private ObjectType RuntimeType(string? typeName, IAbstractType abstractType, ResolverContext context, object result)
    {
        string field = context.ParentType.Name + "." + context.FieldDefinition.Name;
        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                context.Field.Nodes);
        }

        NamedType? runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", context.Field.Nodes);
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", context.Field.Nodes);
        }

        if (!Schema.IsSubType((NamedType)abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", context.Field.Nodes);
        }

        return objectType;
    }

    private ValueTask<object?> CompleteList(ListType type, ResolverContext context, Path path, object result)
    {
        object?[] values = ToItems(result)
            ?? throw new GraphQLError($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\".");
        GraphQLType itemType = type.OfType;
        Pending[]? pending = null;
        int count = 0;
        for (int i = 0; i < values.Length; i++)
        {
            Path itemPath = path.Append(i);
            ValueTask<object?> completed;
            try
            {
                completed = CompleteValue(itemType, context, itemPath, values[i]);
            }
            catch (Exception error) when (!IsCancellation(error))
            {
                // A non-null item's error moves up at once; items still pending are left to finish (graphql-js).
                values[i] = HandleFieldError(error, itemType, context.Field, itemPath);
                continue;
            }

            if (completed.IsCompletedSuccessfully)
            {
                values[i] = completed.Result;
            }
            else
            {
                pending ??= new Pending[values.Length - i];
                pending[count++] = new Pending(i, AwaitCompleted(completed, itemType, context.Field, itemPath));
            }
        }

        return count == 0 ? new ValueTask<object?>(values) : AwaitAll(values, values, pending!, count);
    }

    /// <summary>The items of a list value, copied into a new array (completed in place); null when it is not a list.</summary>
    private static object?[]? ToItems(object result)
    {
        switch (result)
        {
            case JsonElement element:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    return null;
                }

                var items = new object?[element.GetArrayLength()];
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    items[index++] = item;
                }

                return items;
            case string:
            case IDictionary:
                return null;
            case object?[] array when array.GetType() == typeof(object[]):
                return (object?[])array.Clone();
            case ICollection collection:
                var copy = new object?[collection.Count];
                collection.CopyTo(copy, 0);
                return copy;
            case IEnumerable enumerable:
                var list = new List<object?>();
                foreach (object? item in enumerable)
                {
                    list.Add(item);
                }

                return [.. list];
            default:
                return null;
        }
    }
}
