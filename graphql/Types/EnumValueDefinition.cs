using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Types;

/// <summary>One value of an enum type: its name in GraphQL and its internal .NET value.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Value = value ?? name;
    }

    public string Name { get; }

    /// <summary>The internal value: a .NET enum member for mapped enums, the name otherwise.</summary>
    public object Value { get; }

    public string? Description { get; init; }

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public EnumValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => Name;
}
