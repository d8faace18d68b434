using System.Text.Json;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// How the object type of an interface or union value is found when the abstract type has no
/// resolver: a <c>__typename</c> member of the value, else the first possible type whose
/// <see cref="ObjectType.IsTypeOf"/> accepts it, else the first whose <see cref="ObjectType.ClrType"/> it is.
/// </summary>
public static class DefaultTypeResolver
{
    public static string? Resolve(object value, IResolverContext context, IAbstractType abstractType)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(abstractType);
        string? typeName = value switch
        {
            JsonElement { ValueKind: JsonValueKind.Object } element
                when element.TryGetProperty("__typename", out JsonElement name) && name.ValueKind == JsonValueKind.String => name.GetString(),
            IReadOnlyDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out object? name) => name as string,
            IDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out object? name) => name as string,
            _ => null,
        };
        if (typeName is not null)
        {
            return typeName;
        }

        IReadOnlyList<ObjectType> possibleTypes = context.Schema.GetPossibleTypes((NamedType)abstractType);
        foreach (ObjectType type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return type.Name;
            }
        }

        foreach (ObjectType type in possibleTypes)
        {
            if (type.ClrType is { } clrType && clrType.IsInstanceOfType(value))
            {
                return type.Name;
            }
        }

        return null;
    }
}
