using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Builders;

/// <summary>A named type being defined; converts to a <see cref="TypeReference"/> wherever a field type is expected.</summary>
public abstract class NamedTypeBuilder
{
    private protected NamedTypeBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    /// <summary>"object", "interface", ... as error messages name the kind.</summary>
    internal abstract string KindName { get; }

    internal string? DescriptionText { get; set; }

    internal TypeDefinitionNode? AstNode { get; set; }

    internal List<TypeExtensionNode> ExtensionNodes { get; } = [];

    internal Dictionary<string, object?> ExtensionData { get; } = new(StringComparer.Ordinal);

    /// <summary>A non-null reference to this type: <c>T!</c>.</summary>
    public TypeReference NonNull() => TypeReference.Of(this).NonNull();

    /// <summary>A reference to a list of this type: <c>[T]</c>.</summary>
    public TypeReference List() => TypeReference.ListOf(TypeReference.Of(this));

    public override string ToString() => Name;
}
