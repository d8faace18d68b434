using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValueDefinition
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();
    private readonly object? _defaultValue;

    public InputValueDefinition(string name, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    public string Name { get; }

    /// <summary>An input type (validated when the schema is built).</summary>
    public GraphQLType Type { get; }

    public string? Description { get; init; }

    /// <summary>The internal default value; setting it (even to null) sets <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    public bool HasDefaultValue { get; private init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Non-null type and no default: the value must be given.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;

    public InputValueDefinitionNode? AstNode { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = s_none;

    public override string ToString() => Name + ": " + Type;
}
