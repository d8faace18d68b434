using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>A type with a name: everything but lists and non-null wrappers.</summary>
public abstract class NamedType : GraphQLType
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    private protected NamedType(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The SDL definition the type was built from, if any (for error locations).</summary>
    public TypeDefinitionNode? AstNode { get; init; }

    /// <summary>The SDL extensions (<c>extend type ...</c>) merged into the type.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Free-form metadata for tools and middleware (graphql-js's <c>extensions</c>).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = s_none;

    public override string ToString() => Name;
}
