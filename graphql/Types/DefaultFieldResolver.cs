using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// What a field without a resolver resolves to: the parent's member of the field's name — a JSON
/// property, a dictionary entry, or a public property or field of a .NET object (the exact name,
/// else a case-insensitive match, so <c>name</c> reads <c>Name</c>). Missing members give null.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> s_getters = new();

    /// <summary>The resolver, for fields that have none.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Resolve(context.Source, context.FieldDefinition.Name));

    public static object? Resolve(object? source, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object
                    && element.TryGetProperty(fieldName, out JsonElement property)
                    && property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    ? property
                    : null;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out object? value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out object? entry) ? entry : null;
            case IDictionary dictionary:
                return dictionary.Contains(fieldName) ? dictionary[fieldName] : null;
            default:
                Func<object, object?>? getter = s_getters.GetOrAdd((source.GetType(), fieldName), key => CreateGetter(key.Item1, key.Item2));
                return getter?.Invoke(source);
        }
    }

    private static Func<object, object?>? CreateGetter(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = (MemberInfo?)type.GetProperty(name, Flags) ?? type.GetField(name, Flags);
        member ??= type.GetProperties(Flags).FirstOrDefault(p => p.GetIndexParameters().Length == 0 && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? (MemberInfo?)type.GetFields(Flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (member is null || member is PropertyInfo { GetMethod: null })
        {
            return null;
        }

        ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
        Expression typed = Expression.Convert(instance, type);
        Expression access = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }
}
