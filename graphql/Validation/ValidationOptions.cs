namespace LiveSales.GraphQL.Validation;

/// <summary>
/// How a document is validated: the error limit, whether messages suggest names, and the
/// optional query limits, each added as an extra rule when set.
/// </summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Validation stops after this many errors, adding one "Too many validation errors" error (graphql-js: 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves the " Did you mean ...?" suggestions out of messages, so they do not reveal schema names.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The deepest field nesting an operation may have (a root field is depth 1); null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>The most aliased fields an operation may have, fragments included; null for no limit.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The highest cost an operation may have (see <c>MaxCostRule</c>); null for no limit.</summary>
    public int? MaxCost { get; init; }

    /// <summary>The size assumed for a list field without a <c>first</c> or <c>last</c> argument when costing.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Rejects <c>__schema</c> and <c>__type</c> (graphql-js's NoSchemaIntrospectionCustomRule).</summary>
    public bool DisableIntrospection { get; init; }
}
