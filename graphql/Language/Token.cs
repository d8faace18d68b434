namespace LiveSales.GraphQL.Language;

/// <summary>
/// One lexical token: a kind and a span of the source. Names and numbers are not copied out of the
/// source until the parser asks for them; <see cref="Value"/> holds the decoded text of strings only.
/// </summary>
public readonly struct Token(TokenKind kind, int start, int end, int line, int column, string? value = null)
{
    public TokenKind Kind { get; } = kind;

    /// <summary>Offset of the first character, in UTF-16 code units from the start of the source.</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the last character.</summary>
    public int End { get; } = end;

    /// <summary>1-based line of the first character.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the first character.</summary>
    public int Column { get; } = column;

    /// <summary>The decoded value of a String or BlockString token (escapes resolved, block indentation removed).</summary>
    public string? Value { get; } = value;

    public override string ToString() => $"{Kind.Describe()} {Start}..{End}";
}
