using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>A field of an object or interface type: its type, arguments and resolver.</summary>
public sealed class FieldDefinition
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    public FieldDefinition(string name, GraphQLType type, IEnumerable<InputValueDefinition>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Arguments = arguments is null ? [] : [.. arguments];
    }

    public string Name { get; }

    /// <summary>An output type (validated when the schema is built).</summary>
    public GraphQLType Type { get; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; when null, <see cref="DefaultFieldResolver"/> reads the field from the parent value.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>For subscription root fields: produces the stream of source events.</summary>
    public SubscriptionResolver? Subscriber { get; init; }

    public FieldDefinitionNode? AstNode { get; init; }

    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = s_none;

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (InputValueDefinition argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => Name + ": " + Type;
}
