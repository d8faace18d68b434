using System.Collections;
using System.Reflection;
using System.Text;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

/// <summary>A structural dump of a syntax tree without locations, to compare trees by content.</summary>
internal static class AstDump
{
    public static string Of(AstNode node)
    {
        var output = new StringBuilder();
        Write(node, output);
        return output.ToString();
    }

    private static void Write(object? value, StringBuilder output)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case AstNode node:
                output.Append(node.Kind).Append('{');
                foreach (PropertyInfo property in node.GetType().GetProperties().Where(p => p.Name is not ("Location" or "Kind" or "TokenCount")).OrderBy(p => p.Name))
                {
                    output.Append(property.Name).Append('=');
                    Write(property.GetValue(node), output);
                    output.Append(';');
                }

                output.Append('}');
                break;
            case string text:
                output.Append('"').Append(text).Append('"');
                break;
            case IEnumerable items:
                output.Append('[');
                foreach (object? item in items)
                {
                    Write(item, output);
                    output.Append(',');
                }

                output.Append(']');
                break;
            default:
                output.Append(value);
                break;
        }
    }
}
