using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Errors;

/// <summary>A lexing or parsing error: "Syntax Error: " followed by the description, at one position.</summary>
public sealed class GraphQLSyntaxError : GraphQLError
{
    public GraphQLSyntaxError(Source source, int position, string description)
        : base("Syntax Error: " + description, source, [position])
    {
        Description = description;
        Position = position;
        Location = source.GetLocation(position);
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Offset of the error in the source.</summary>
    public int Position { get; }

    /// <summary>Line and column of the error.</summary>
    public SourceLocation Location { get; }
}
