using System.Text;
using System.Text.Json;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules.OverlappingFields;

/// <summary>
/// A text equal for two argument values exactly when they are the same value: object fields in
/// name order, block strings distinct from plain ones, variables by name.
/// </summary>
internal static class ValueKey
{
    public static string Of(ValueNode value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case ObjectValueNode @object:
                builder.Append('{');
                foreach (ObjectFieldNode field in @object.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Append(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (ValueNode item in list.Values)
                {
                    Append(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case StringValueNode text:
                builder.Append(text.Block ? "B" : "S").Append(JsonSerializer.Serialize(text.Value));
                break;
            case IntValueNode number:
                builder.Append('I').Append(number.Value);
                break;
            case FloatValueNode number:
                builder.Append('F').Append(number.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case EnumValueNode enumValue:
                builder.Append('E').Append(enumValue.Value);
                break;
            default:
                builder.Append("null");
                break;
        }
    }
}
