using System.Text;

namespace LiveSales.GraphQL.Language;

/// <summary>Prints a string value as a quoted GraphQL string literal.</summary>
public static class StringLiteral
{
    public static string Print(string value)
    {
        int first = 0;
        while (first < value.Length && !NeedsEscape(value[first]))
        {
            first++;
        }

        if (first == value.Length)
        {
            return string.Concat("\"", value, "\"");
        }

        var result = new StringBuilder(value.Length + 8).Append('"').Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            if (!NeedsEscape(c))
            {
                result.Append(c);
                continue;
            }

            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\f': result.Append("\\f"); break;
                case '\n': result.Append("\\n"); break;
                case '\r': result.Append("\\r"); break;
                case '\t': result.Append("\\t"); break;
                default: result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        return result.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);
}
