using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

/// <summary>The spec's type-system rules; messages and locations are graphql-js's for the same SDL.</summary>
public sealed class SchemaValidationTests
{
    private static List<string> ErrorsOf(string sdl)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildSchema(sdl));
        return [.. error.Errors.Select(Describe)];
    }

    private static string Describe(GraphQLError error) =>
        error.Message + " @" + string.Join(",", error.Locations?.Select(l => l.ToString()) ?? []);

    [Fact]
    public void A_schema_needs_a_query_root_type()
    {
        Assert.Equal(["Query root type must be provided. @"], ErrorsOf("type Foo { a: Int }"));
    }

    [Fact]
    public void Object_types_need_fields()
    {
        Assert.Equal(["Type Query must define one or more fields. @1:1"], ErrorsOf("type Query"));
    }

    [Fact]
    public void Fields_must_have_output_types_and_arguments_input_types()
    {
        Assert.Equal(["The type of Query.a must be Output Type but got: In. @1:17"], ErrorsOf("type Query { a: In } input In { x: Int }"));
        Assert.Equal(["The type of Query.a(x:) must be Input Type but got: Query. @1:19"], ErrorsOf("type Query { a(x: Query): Int }"));
    }

    [Fact]
    public void An_implementation_must_provide_every_interface_field_with_compatible_types_and_arguments()
    {
        List<string> errors = ErrorsOf(
            "interface I { a: Int b(x: Int): String c: [Int] d(y: String): Int } type Query implements I { b: String c: [String] d(y: Int, z: Int!): Int }");

        Assert.Equal(
            [
                "Interface field I.a expected but Query does not provide it. @1:15,1:69",
                "Interface field argument I.b(x:) expected but Query.b does not provide it. @1:24,1:95",
                "Interface field I.c expects type [Int] but Query.c is type [String]. @1:43,1:108",
                "Interface field argument I.d(y:) expects type String but Query.d(y:) is type Int. @1:54,1:122",
                "Object field Query.d includes required argument z that is missing from the Interface field I.d. @1:127,1:49",
            ],
            errors);
    }

    [Fact]
    public void An_interface_cannot_implement_itself()
    {
        Assert.Equal(
            ["Type I cannot implement itself because it would create a circular reference. @1:24"],
            ErrorsOf("interface I implements I { a: Int } type Query { i: I }"));
    }

    [Fact]
    public void Implementations_must_also_implement_the_interfaces_of_their_interfaces()
    {
        Assert.Equal(
            ["Type Query must implement A because it is implemented by B. @1:47,1:82"],
            ErrorsOf("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }"));
    }

    [Fact]
    public void Covariant_field_types_satisfy_interfaces()
    {
        Schema schema = SchemaBuilder.BuildSchema(
            "interface Node { id: ID next: Node list: [Node] } type Query implements Node { id: ID! next: Query list: [Query!]! }");

        Assert.NotNull(schema.GetType("Node"));
    }

    [Fact]
    public void Unions_need_distinct_members()
    {
        Assert.Equal(["Union type U must define one or more member types. @1:1"], ErrorsOf("union U type Query { u: U }"));
        Assert.Equal(["Union type U can only include type A once. @1:29,1:33"], ErrorsOf("type A { a: Int } union U = A | A type Query { u: U }"));
    }

    [Fact]
    public void Union_members_must_be_object_types()
    {
        Assert.Equal(
            ["Union type U can only include Object types, it cannot include I. @1:34"],
            ErrorsOf("interface I { a: Int } union U = I type Query { u: U }"));
    }

    [Fact]
    public void Enums_need_values()
    {
        Assert.Equal(["Enum type E must define one or more values. @1:1"], ErrorsOf("enum E type Query { e: E }"));
    }

    [Fact]
    public void Input_objects_cannot_contain_themselves_through_non_null_fields()
    {
        Assert.Equal(
            ["Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\". @1:11,1:29"],
            ErrorsOf("input A { b: B! } input B { a: A! } type Query { f(a: A): Int }"));
    }

    [Fact]
    public void Nullable_or_list_self_references_are_allowed()
    {
        Schema schema = SchemaBuilder.BuildSchema("input A { self: A, many: [A!]! } type Query { f(a: A): Int }");

        Assert.NotNull(schema.GetType("A"));
    }

    [Fact]
    public void OneOf_fields_must_be_nullable_without_defaults()
    {
        Assert.Equal(
            ["OneOf input field O.a must be nullable. @1:21", "OneOf input field O.b cannot have a default value. @1:26"],
            ErrorsOf("input O @oneOf { a: Int! b: Int = 1 } type Query { f(o: O): Int }"));
    }

    [Fact]
    public void Required_arguments_and_input_fields_cannot_be_deprecated()
    {
        Assert.Equal(
            ["Required argument Query.f(a:) cannot be deprecated. @1:24,1:19", "Required input field I.x cannot be deprecated. @1:62,1:57"],
            ErrorsOf("type Query { f(a: Int! @deprecated): Int } input I { x: Int! @deprecated } type M { g(i: I): Int }"));
    }

    [Fact]
    public void Names_starting_with_two_underscores_are_reserved()
    {
        Assert.Equal(
            [
                "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection. @1:14",
                "Name \"__T\" must not begin with \"__\", which is reserved by GraphQL introspection. @1:25",
            ],
            ErrorsOf("type Query { __a: Int } type __T { b: Int }"));
    }

    [Fact]
    public void Only_interfaces_can_be_implemented()
    {
        Assert.Equal(
            ["Type Query2 must only implement Interface types, it cannot implement Query. @1:46"],
            ErrorsOf("type Query { a: Int } type Query2 implements Query { a: Int }"));
    }

    [Fact]
    public void Type_objects_with_invalid_names_or_duplicate_names_are_reported()
    {
        var first = new ObjectType("Thing", [new FieldDefinition("a", ScalarType.Int)]);
        var second = new ObjectType("Thing", [new FieldDefinition("b", ScalarType.Int)]);
        var query = new ObjectType("Query", [
            new FieldDefinition("first", first),
            new FieldDefinition("second", second),
            new FieldDefinition("bad-name", ScalarType.Int),
            new FieldDefinition("9lives", ScalarType.Int),
        ]);

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(new SchemaOptions { Query = query }));

        Assert.Equal(
            [
                "Schema must contain uniquely named types but contains multiple types named \"Thing\".",
                "Names must only contain [_a-zA-Z0-9] but \"bad-name\" does not.",
                "Names must start with [_a-zA-Z] but \"9lives\" does not.",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Duplicate_fields_arguments_and_enum_values_of_type_objects_are_reported()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("RED"), new EnumValueDefinition("RED"), new EnumValueDefinition("true")]);
        var query = new ObjectType("Query", [
            new FieldDefinition("a", color, [new InputValueDefinition("x", ScalarType.Int), new InputValueDefinition("x", ScalarType.Int)]),
            new FieldDefinition("a", ScalarType.Int),
        ]);

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(new SchemaOptions { Query = query }));

        Assert.Equal(
            [
                "Field \"Query.a\" can only be defined once.",
                "Argument \"Query.a(x:)\" can only be defined once.",
                "Enum value \"Color.RED\" can only be defined once.",
                "Enum values cannot be named: true",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Directives_need_locations_and_input_argument_types()
    {
        var query = new ObjectType("Query", [new FieldDefinition("a", ScalarType.Int)]);
        var directive = new DirectiveDefinition("tag", [], [new InputValueDefinition("of", query)]);

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(new SchemaOptions { Query = query, Directives = [directive] }));

        Assert.Equal(
            ["Directive @tag must include 1 or more locations.", "The type of @tag(of:) must be Input Type but got: Query."],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void The_exception_message_lists_every_error()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildSchema("enum E union U type Query { e: E u: U }"));

        Assert.Equal("Enum type E must define one or more values.\n\nUnion type U must define one or more member types.", error.Message);
    }
}
