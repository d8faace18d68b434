namespace LiveSales.GraphQL.Language;

/// <summary>Options of the parser. Exceeding a limit is a syntax error, reported before any deep recursion.</summary>
public sealed record ParseOptions
{
    /// <summary>Limits that suit requests from clients.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>For trusted schema text: no token limit, the default depth limit.</summary>
    public static ParseOptions Sdl { get; } = new() { MaxTokens = int.MaxValue };

    /// <summary>Leaves <see cref="AstNode.Location"/> null on every node (saves a little memory).</summary>
    public bool NoLocation { get; init; }

    /// <summary>The most tokens a document may have (comments do not count).</summary>
    public int MaxTokens { get; init; } = 50_000;

    /// <summary>The deepest nesting of selection sets, list and object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;
}
