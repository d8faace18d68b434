namespace LiveSales.GraphQL.Language;

/// <summary>A top-level definition of a document.</summary>
public abstract class DefinitionNode(Location? location) : AstNode(location);
