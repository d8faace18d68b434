using System.Text.Json;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Builders;

public sealed class SdlSchemaTests
{
    private static List<string> ErrorsOf(string sdl)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildSchema(sdl));
        return [.. error.Errors.Select(e => e.Message + " @" + string.Join(",", e.Locations?.Select(l => l.ToString()) ?? []))];
    }

    [Fact]
    public async Task Fields_of_an_sdl_schema_resolve_from_json_data_by_name()
    {
        Schema schema = SchemaBuilder.BuildSchema("type Query { customer: Customer } type Customer { name: String tags: [String] }");
        using JsonDocument data = JsonDocument.Parse("""{"customer": {"name": "Ada", "tags": ["vip"]}}""");

        object? customer = await FakeResolverContext.ResolveAsync(schema, schema.QueryType, "customer", data.RootElement);
        object? name = await FakeResolverContext.ResolveAsync(schema, (ObjectType)schema.GetType("Customer")!, "name", customer);

        Assert.Equal("Ada", ((JsonElement)name!).GetString());
        Assert.Null(schema.QueryType.GetField("customer")!.Resolver);
    }

    [Fact]
    public async Task Code_adds_resolvers_to_types_declared_in_sdl()
    {
        Schema schema = SchemaBuilder.FromSdl("type Query { greet(name: String = \"you\"): String! }")
            .Query(q => q.Field("greet").Resolve(ctx => "Hello " + ctx.Argument<string>("name")))
            .Build();

        object? greeting = await FakeResolverContext.ResolveAsync(schema, schema.QueryType, "greet", null, new Dictionary<string, object?> { ["name"] = "Ada" });

        Assert.Equal("Hello Ada", greeting);
        Assert.Equal("you", schema.QueryType.GetField("greet")!.GetArgument("name")!.DefaultValue);
    }

    [Fact]
    public void Extensions_add_to_the_types_they_extend()
    {
        Schema schema = SchemaBuilder.BuildSchema("""
            type Query { a: Int }
            extend type Query implements Node { id: ID! }
            interface Node { id: ID! }
            enum E { A }
            extend enum E { B }
            union U = Query
            extend union U = Other
            type Other { o: Int }
            input I { x: Int }
            extend input I { y: Int }
            scalar S
            extend scalar S @specifiedBy(url: "ignored on extensions")
            type Mutation { m: Int }
            extend schema { subscription: Sub }
            type Sub { s: Int }
            """);

        Assert.Equal(["a", "id"], schema.QueryType.Fields.Keys);
        Assert.Equal(["Node"], schema.QueryType.Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        Assert.Equal(["Query", "Other"], ((UnionType)schema.GetType("U")!).Types.Select(t => t.Name));
        Assert.Equal(["x", "y"], ((InputObjectType)schema.GetType("I")!).Fields.Keys);
        Assert.Single(schema.QueryType.ExtensionAstNodes);
        Assert.Equal("Sub", schema.SubscriptionType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Null(((ScalarType)schema.GetType("S")!).SpecifiedByUrl);
    }

    [Fact]
    public void Definitions_of_built_in_scalars_are_ignored()
    {
        Schema schema = SchemaBuilder.BuildSchema("scalar String \"mine\" scalar Int type Query { s: String i: Int }");

        Assert.Same(ScalarType.String, schema.GetType("String"));
        Assert.Same(ScalarType.Int, schema.QueryType.GetField("i")!.Type);
    }

    [Fact]
    public void A_custom_scalar_declared_in_sdl_can_be_given_its_implementation()
    {
        var money = new ScalarType("Money", serialize: v => Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture));

        Schema schema = SchemaBuilder.FromSdl("scalar Money type Query { total: Money }").Scalar(money).Build();

        Assert.Same(money, schema.GetType("Money"));
    }

    [Fact]
    public void Sdl_problems_are_reported_with_their_locations()
    {
        Assert.Equal(["Unknown type \"Strin\". Did you mean \"String\"? @1:17"], ErrorsOf("type Query { a: Strin }"));
        Assert.Equal(["There can be only one type named \"Query\". @1:6,1:28"], ErrorsOf("type Query { a: Int } type Query { b: Int }"));
        Assert.Equal(["Field \"Query.a\" can only be defined once. @1:14,1:21"], ErrorsOf("type Query { a: Int a: Int }"));
        Assert.Equal(["Cannot extend type \"Qury\" because it is not defined. Did you mean \"Query\"? @1:35"], ErrorsOf("type Query { a: Int } extend type Qury { b: Int }"));
        Assert.Equal(["Cannot extend non-enum type \"Query\". @1:1,1:23"], ErrorsOf("type Query { a: Int } extend enum Query { B }"));
        Assert.Equal(["Unknown directive \"@cached\". @1:21"], ErrorsOf("type Query { a: Int @cached }"));
        Assert.Equal(["Directive \"@oneOf\" may not be used on FIELD_DEFINITION. @1:21"], ErrorsOf("type Query { a: Int @oneOf }"));
        Assert.Equal(
            ["The directive \"@deprecated\" can only be used once at this location. @1:21,1:33"],
            ErrorsOf("type Query { a: Int @deprecated @deprecated }"));
        Assert.Equal(
            ["Must provide only one schema definition. @1:47", "There can be only one query type in schema. @1:10,1:56"],
            ErrorsOf("schema { query: Query } type Query { a: Int } schema { query: Query }"));
        Assert.Equal(["Query root type must be Object type, it cannot be I. @1:17"], ErrorsOf("schema { query: I } input I { a: Int }"));
    }

    [Fact]
    public void A_repeatable_directive_may_appear_twice()
    {
        Schema schema = SchemaBuilder.BuildSchema("directive @tag(name: String) repeatable on FIELD_DEFINITION type Query { a: Int @tag(name: \"x\") @tag(name: \"y\") }");

        Assert.True(schema.GetDirective("tag")!.IsRepeatable);
    }

    [Fact]
    public void Syntax_errors_in_sdl_are_thrown_as_syntax_errors()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => SchemaBuilder.BuildSchema("type Query { a: }"));

        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
    }
}
