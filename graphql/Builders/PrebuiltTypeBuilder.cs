using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Builders;

/// <summary>A finished type added as is (also how SDL mentions of built-in scalars keep their place).</summary>
internal sealed class PrebuiltTypeBuilder(NamedType type) : NamedTypeBuilder(type.Name)
{
    internal override string KindName => Type switch
    {
        ScalarType => "scalar",
        ObjectType => "object",
        InterfaceType => "interface",
        UnionType => "union",
        EnumType => "enum",
        _ => "input object",
    };

    public NamedType Type { get; } = type;
}
