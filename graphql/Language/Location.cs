namespace LiveSales.GraphQL.Language;

/// <summary>The span of source text a syntax node was parsed from.</summary>
public readonly struct Location(int start, int end, Source source)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public Source Source { get; } = source;

    /// <summary>Line and column of the first character of the node.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);

    public override string ToString() => $"{Start}..{End}";
}
