using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A scalar type: either a finished <see cref="ScalarType"/>, or one declared in SDL that passes values through.</summary>
public sealed class ScalarTypeBuilder : NamedTypeBuilder
{
    internal ScalarTypeBuilder(string name)
        : base(name)
    {
    }

    internal override string KindName => "scalar";

    internal ScalarType? Implementation { get; set; }

    internal string? SpecifiedByUrlText { get; set; }

    public ScalarTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    public ScalarTypeBuilder SpecifiedBy(string url)
    {
        SpecifiedByUrlText = url;
        return this;
    }
}
