using System.Globalization;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Utilities;

/// <summary>A literal as a plain .NET value, without a type: ints as int (or double when too large), objects as dictionaries.</summary>
public static class ValueFromAstUntyped
{
    public static object? Convert(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        switch (valueNode)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                return int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small)
                    ? (object)small
                    : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                return list.Values.Select(v => Convert(v, variables)).ToList();
            case ObjectValueNode obj:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (ObjectFieldNode field in obj.Fields)
                {
                    result[field.Name.Value] = Convert(field.Value, variables);
                }

                return result;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out object? value) ? value : null;
            default:
                return null;
        }
    }
}
