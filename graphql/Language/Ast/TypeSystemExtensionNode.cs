namespace LiveSales.GraphQL.Language;

/// <summary>A schema or type extension (<c>extend ...</c>).</summary>
public abstract class TypeSystemExtensionNode(Location? location) : DefinitionNode(location);
