using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of.</summary>
public sealed class SchemaOptions
{
    public ObjectType? Query { get; init; }

    public ObjectType? Mutation { get; init; }

    public ObjectType? Subscription { get; init; }

    /// <summary>Types to include besides those reachable from the roots (they come first, in this order).</summary>
    public IEnumerable<NamedType> Types { get; init; } = [];

    /// <summary>The directives; null means the specified ones (<c>@include</c>, <c>@skip</c>, ...).</summary>
    public IEnumerable<DirectiveDefinition>? Directives { get; init; }

    public string? Description { get; init; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Skips type-system validation, for schemas known to be valid.</summary>
    public bool AssumeValid { get; init; }
}
