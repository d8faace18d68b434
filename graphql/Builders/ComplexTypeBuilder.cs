namespace LiveSales.GraphQL.Builders;

/// <summary>What object and interface type builders share: fields in order, and implemented interfaces.</summary>
public abstract class ComplexTypeBuilder : NamedTypeBuilder
{
    private protected ComplexTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<FieldBuilder> Fields { get; } = [];

    internal List<TypeReference> Interfaces { get; } = [];

    /// <summary>The field of that name, created (without a type yet) if it does not exist.</summary>
    public FieldBuilder Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        FieldBuilder? field = Fields.Find(f => f.Name == name);
        if (field is null)
        {
            field = new FieldBuilder(name) { Origin = $"{Name}.{name}" };
            Fields.Add(field);
        }

        return field;
    }

    /// <summary>The field of that name with its type.</summary>
    public FieldBuilder Field(string name, TypeReference type) => Field(name).Type(type);

    internal FieldBuilder AddField(string name)
    {
        var field = new FieldBuilder(name) { Origin = $"{Name}.{name}" };
        Fields.Add(field);
        return field;
    }
}
