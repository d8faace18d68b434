using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// Converts coerced GraphQL values to the .NET types resolvers ask for: numbers widened or narrowed,
/// enum names to .NET enums, input-object dictionaries to classes or records (by property or
/// constructor parameter name, case-insensitively), lists to arrays, lists and sets.
/// </summary>
public static class ValueConverter
{
    private static readonly ConcurrentDictionary<Type, ObjectMapping> s_mappings = new();

    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (value is JsonElement element)
        {
            value = JsonValues.FromElement(element);
        }

        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        Type effective = Nullable.GetUnderlyingType(target) ?? target;
        if (effective.IsInstanceOfType(value))
        {
            return value;
        }

        if (effective.IsEnum)
        {
            return ToEnum(value, effective);
        }

        if (effective == typeof(Guid) && value is string guidText)
        {
            return Guid.Parse(guidText, CultureInfo.InvariantCulture);
        }

        if (effective == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if ((effective.IsPrimitive || effective == typeof(decimal)) && value is IConvertible)
        {
            return System.Convert.ChangeType(value, effective, CultureInfo.InvariantCulture);
        }

        if (value is IReadOnlyDictionary<string, object?> fields)
        {
            if (effective.IsAssignableFrom(typeof(Dictionary<string, object?>)))
            {
                return new Dictionary<string, object?>(fields, StringComparer.Ordinal);
            }

            return s_mappings.GetOrAdd(effective, ObjectMapping.For).Create(fields);
        }

        if (value is IEnumerable items and not string)
        {
            return ToCollection(items, effective);
        }

        throw new InvalidCastException($"Cannot convert {Inspect.Format(value)} to {target.Name}.");
    }

    private static object ToEnum(object value, Type enumType)
    {
        if (value is string name)
        {
            string pascal = name.Replace("_", string.Empty, StringComparison.Ordinal);
            if (Enum.TryParse(enumType, pascal, ignoreCase: true, out object? parsed))
            {
                return parsed!;
            }

            throw new InvalidCastException($"\"{name}\" is not a value of {enumType.Name}.");
        }

        return Enum.ToObject(enumType, value);
    }

    private static object ToCollection(IEnumerable items, Type target)
    {
        Type? elementType = target.IsArray
            ? target.GetElementType()
            : target.IsGenericType ? target.GetGenericArguments()[0] : null;
        if (elementType is null)
        {
            throw new InvalidCastException($"Cannot convert a list to {target.Name}.");
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (object? item in items)
        {
            list.Add(Convert(item, elementType));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        Type definition = target.GetGenericTypeDefinition();
        if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
        {
            return Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(elementType), list)!;
        }

        return list;
    }

    /// <summary>How to build a .NET object from an input-object dictionary.</summary>
    private sealed class ObjectMapping
    {
        private readonly ConstructorInfo _constructor;
        private readonly ParameterInfo[] _parameters;
        private readonly Dictionary<string, PropertyInfo> _properties;

        private ObjectMapping(ConstructorInfo constructor, Dictionary<string, PropertyInfo> properties)
        {
            _constructor = constructor;
            _parameters = constructor.GetParameters();
            _properties = properties;
        }

        public static ObjectMapping For(Type type)
        {
            ConstructorInfo constructor = type.GetConstructors()
                .OrderBy(c => c.GetParameters().Length == 0 ? 0 : 1)
                .ThenByDescending(c => c.GetParameters().Length)
                .FirstOrDefault()
                ?? throw new InvalidCastException($"{type.Name} has no public constructor to map an input object onto.");
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            return new ObjectMapping(constructor, properties);
        }

        public object Create(IReadOnlyDictionary<string, object?> fields)
        {
            var byName = new Dictionary<string, object?>(fields, StringComparer.OrdinalIgnoreCase);
            object?[] arguments = new object?[_parameters.Length];
            for (int i = 0; i < _parameters.Length; i++)
            {
                ParameterInfo parameter = _parameters[i];
                if (byName.Remove(parameter.Name!, out object? value))
                {
                    arguments[i] = Convert(value, parameter.ParameterType);
                }
                else
                {
                    arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
                }
            }

            object instance = _constructor.Invoke(arguments);
            foreach ((string name, object? value) in byName)
            {
                if (_properties.TryGetValue(name, out PropertyInfo? property))
                {
                    property.SetValue(instance, Convert(value, property.PropertyType));
                }
            }

            return instance;
        }
    }
}
