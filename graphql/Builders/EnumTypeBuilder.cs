using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>An enum type being defined.</summary>
public sealed class EnumTypeBuilder : NamedTypeBuilder
{
    internal EnumTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "enum";

    internal List<EnumValueBuilder> Values { get; } = [];

    internal Type? ClrType { get; set; }

    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>The value of that name (created if needed); its internal value is the name unless given.</summary>
    public EnumValueBuilder Value(string name, object? value = null)
    {
        EnumValueBuilder? existing = Values.Find(v => v.Name == name);
        if (existing is null)
        {
            existing = new EnumValueBuilder(name, value);
            Values.Add(existing);
        }
        else if (value is not null)
        {
            existing.InternalValue = value;
        }

        return existing;
    }

    /// <summary>The value a .NET enum member maps to.</summary>
    public EnumValueBuilder Value(Enum member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Values.Find(v => Equals(v.InternalValue, member)) ?? Value(NameConventions.EnumValueName(member.ToString()), member);
    }

    internal EnumValueBuilder AddValue(string name, EnumValueDefinitionNode node)
    {
        var value = new EnumValueBuilder(name, null) { AstNode = node };
        Values.Add(value);
        return value;
    }
}

/// <summary>One enum value being defined.</summary>
public sealed class EnumValueBuilder
{
    internal EnumValueBuilder(string name, object? value)
    {
        Name = name;
        InternalValue = value;
    }

    public string Name { get; }

    internal object? InternalValue { get; set; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; set; }

    internal EnumValueDefinitionNode? AstNode { get; set; }

    public EnumValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public EnumValueBuilder Deprecated(string? reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }
}
