using System.Text;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Errors;

/// <summary>Prints the lines around a location with a caret under the column, for readable error output.</summary>
internal static class SourceExcerpt
{
    public static string Print(Source source, SourceLocation location)
    {
        List<string> lines = LineSplitter.Split(source.Body);
        int lineIndex = location.Line - 1;
        string locationLine = lineIndex < lines.Count ? lines[lineIndex] : string.Empty;
        var rows = new List<(string Prefix, string? Text)>();
        if (locationLine.Length > 120)
        {
            // Minified documents: show the 80-character slice holding the column.
            int subLineIndex = location.Column / 80;
            int subLineColumn = location.Column % 80;
            var subLines = new List<string>();
            for (int i = 0; i < locationLine.Length; i += 80)
            {
                subLines.Add(locationLine.Substring(i, Math.Min(80, locationLine.Length - i)));
            }

            rows.Add(($"{location.Line} |", subLines[0]));
            for (int i = 1; i <= subLineIndex && i < subLines.Count; i++)
            {
                rows.Add(("|", subLines[i]));
            }

            rows.Add(("|", new string(' ', Math.Max(0, subLineColumn - 1)) + "^"));
            rows.Add(("|", subLineIndex + 1 < subLines.Count ? subLines[subLineIndex + 1] : null));
        }
        else
        {
            rows.Add(($"{location.Line - 1} |", lineIndex > 0 ? lines[lineIndex - 1] : null));
            rows.Add(($"{location.Line} |", locationLine));
            rows.Add(("|", new string(' ', Math.Max(0, location.Column - 1)) + "^"));
            rows.Add(($"{location.Line + 1} |", lineIndex + 1 < lines.Count ? lines[lineIndex + 1] : null));
        }

        var existing = rows.Where(row => row.Text is not null).ToList();
        int padding = existing.Max(row => row.Prefix.Length);
        var output = new StringBuilder().Append(source.Name).Append(':').Append(location.Line).Append(':').Append(location.Column);
        foreach ((string prefix, string? text) in existing)
        {
            output.Append('\n').Append(prefix.PadLeft(padding));
            if (text!.Length > 0)
            {
                output.Append(' ').Append(text);
            }
        }

        return output.ToString();
    }
}
