namespace LiveSales.GraphQL.Builders;

/// <summary>An input object type being defined. Values reach resolvers as dictionaries, or as a .NET type via <c>Argument&lt;T&gt;</c>.</summary>
public sealed class InputObjectTypeBuilder : NamedTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "input object";

    internal List<InputValueBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    internal Type? ClrType { get; set; }

    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks it <c>@oneOf</c>: exactly one field must be given.</summary>
    public InputObjectTypeBuilder OneOf(bool isOneOf = true)
    {
        IsOneOf = isOneOf;
        return this;
    }

    /// <summary>The field of that name (created if needed).</summary>
    public InputValueBuilder Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        InputValueBuilder? field = Fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new InputValueBuilder(name, null);
            Fields.Add(field);
        }

        return field;
    }

    public InputValueBuilder Field(string name, TypeReference type) => Field(name).Type(type);

    internal InputValueBuilder AddField(string name)
    {
        var field = new InputValueBuilder(name, null);
        Fields.Add(field);
        return field;
    }
}
