namespace LiveSales.GraphQL.Language;

/// <summary>A GraphQL source text with a name used in error output; computes line/column of offsets.</summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>The 1-based line and column of an offset; CR, LF and CRLF each end a line.</summary>
    public SourceLocation GetLocation(int position)
    {
        int[] lineStarts = _lineStarts ??= ComputeLineStarts(Body);
        int index = Array.BinarySearch(lineStarts, position);
        int line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, position - lineStarts[line] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    public static implicit operator Source(string body) => new(body);
}
