using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class DefaultTypeResolverTests
{
    private sealed record Cat(string Name);

    private sealed record Dog(string Name);

    private static readonly Schema s_schema = new SchemaBuilder()
        .Interface("Pet", i => i.Field("name", "String!"))
        .Object<Cat>("Cat", t => t.Implements("Pet").Field(c => c.Name))
        .Object<Dog>("Dog", t => t.Implements("Pet").Field(d => d.Name))
        .Query(q => q.Field("pet", "Pet"))
        .Build();

    private static string? ResolveFor(object value)
    {
        var pet = (InterfaceType)s_schema.GetType("Pet")!;
        var context = new FakeResolverContext(s_schema, null, s_schema.QueryType, s_schema.QueryType.GetField("pet")!);
        return DefaultTypeResolver.Resolve(value, context, pet);
    }

    [Fact]
    public void Uses_a_typename_member_of_json_or_dictionaries()
    {
        using JsonDocument document = JsonDocument.Parse("""{"__typename": "Dog", "name": "Rex"}""");

        Assert.Equal("Dog", ResolveFor(document.RootElement));
        Assert.Equal("Cat", ResolveFor(new Dictionary<string, object?> { ["__typename"] = "Cat" }));
    }

    [Fact]
    public void Falls_back_to_the_dotnet_type_of_the_value()
    {
        Assert.Equal("Cat", ResolveFor(new Cat("Tom")));
        Assert.Equal("Dog", ResolveFor(new Dog("Rex")));
        Assert.Null(ResolveFor("a string"));
    }
}
