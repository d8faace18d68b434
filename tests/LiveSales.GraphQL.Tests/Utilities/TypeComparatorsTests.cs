using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

public sealed class TypeComparatorsTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        interface Pet { name: String }
        interface Mammal { legs: Int }
        type Dog implements Pet & Mammal { name: String legs: Int }
        type Cat implements Pet { name: String }
        type Fish { fins: Int }
        union Animal = Dog | Fish
        type Query { pet: Pet animal: Animal cat: Cat }
        """);

    private static GraphQLType T(string reference) => TypeFromAst.Convert(s_schema, Parser.ParseType(reference))!;

    [Theory]
    [InlineData("Int", "Int", true)]
    [InlineData("[Int!]!", "[Int!]!", true)]
    [InlineData("[Int]", "[Int!]", false)]
    [InlineData("Int", "Float", false)]
    public void Equal_types_have_the_same_wrappers_around_the_same_named_type(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeComparators.IsEqualType(T(a), T(b)));
    }

    [Theory]
    [InlineData("Dog", "Pet", true)]
    [InlineData("Dog!", "Pet", true)]
    [InlineData("Dog", "Pet!", false)]
    [InlineData("[Dog!]!", "[Pet]", true)]
    [InlineData("[Dog]", "Pet", false)]
    [InlineData("Fish", "Pet", false)]
    [InlineData("Fish", "Animal", true)]
    [InlineData("Pet", "Dog", false)]
    public void Subtypes_are_covariant(string subType, string superType, bool expected)
    {
        Assert.Equal(expected, TypeComparators.IsTypeSubTypeOf(s_schema, T(subType), T(superType)));
    }

    [Theory]
    [InlineData("Pet", "Mammal", true)]
    [InlineData("Pet", "Animal", true)]
    [InlineData("Cat", "Animal", false)]
    [InlineData("Cat", "Pet", true)]
    [InlineData("Cat", "Dog", false)]
    [InlineData("Dog", "Dog", true)]
    public void Composite_types_overlap_when_they_share_an_object_type(string a, string b, bool expected)
    {
        Assert.Equal(expected, TypeComparators.DoTypesOverlap(s_schema, (NamedType)T(a), (NamedType)T(b)));
    }
}
