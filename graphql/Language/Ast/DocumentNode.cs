namespace LiveSales.GraphQL.Language;

/// <summary>A parsed document: executable definitions, type system definitions, or both.</summary>
public sealed class DocumentNode(
    IReadOnlyList<DefinitionNode> definitions,
    Location? location = null) : AstNode(location)
{
    public override NodeKind Kind => NodeKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>How many lexical tokens the parser read for this document (0 when built in code).</summary>
    public int TokenCount { get; init; }
}
