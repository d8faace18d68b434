using System.Collections;
using System.Text.RegularExpressions;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// An internal value of an input type as a literal (graphql-js's <c>astFromValue</c>): used to
/// print default values in SDL and introspection. Null when the value cannot be written.
/// </summary>
public static partial class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            ValueNode? inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        if (type is ListType list)
        {
            if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
            {
                var nodes = new List<ValueNode>();
                foreach (object? item in items)
                {
                    if (Convert(item, list.OfType) is { } node)
                    {
                        nodes.Add(node);
                    }
                }

                return new ListValueNode(nodes);
            }

            return Convert(value, list.OfType);
        }

        if (type is InputObjectType inputObject)
        {
            if (value is string || value.GetType().IsPrimitive)
            {
                return null;
            }

            // Dictionaries are read by key (a missing key is left out); .NET objects by member name.
            var fields = value as IReadOnlyDictionary<string, object?>;
            var nodes = new List<ObjectFieldNode>();
            foreach (InputValueDefinition field in inputObject.Fields.Values)
            {
                object? fieldValue = null;
                bool present = fields is null
                    ? (fieldValue = DefaultFieldResolver.Resolve(value, field.Name)) is not null
                    : fields.TryGetValue(field.Name, out fieldValue);
                if (present && Convert(fieldValue, field.Type) is { } node)
                {
                    nodes.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                }
            }

            return new ObjectValueNode(nodes);
        }

        if (type is ILeafType leaf)
        {
            object? serialized = JsonValues.Normalize(leaf.Serialize(value));
            switch (serialized)
            {
                case null:
                    return null;
                case bool flag:
                    return new BooleanValueNode(flag);
                case string text when type is EnumType:
                    return new EnumValueNode(text);
                case string text when ReferenceEquals(type, ScalarType.ID) && IntegerPattern().IsMatch(text):
                    return new IntValueNode(text);
                case string text:
                    return new StringValueNode(text, block: false);
            }

            if (LiveSales.GraphQL.Types.Scalars.NumberValues.TryGetNumber(serialized, out double number) && double.IsFinite(number))
            {
                string text = serialized is int or long or short or byte ? System.Convert.ToString(serialized, System.Globalization.CultureInfo.InvariantCulture)! : JsNumber.Format(number);
                return IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
            }

            throw new InvalidOperationException($"Cannot convert value to AST: {Inspect.Format(serialized)}.");
        }

        throw new InvalidOperationException($"Unexpected input type: {type}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
