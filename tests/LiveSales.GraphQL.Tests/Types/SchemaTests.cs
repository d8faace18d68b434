using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class SchemaTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        interface Node { id: ID! }
        interface Resource implements Node { id: ID! url: String }
        type Image implements Resource & Node { id: ID! url: String width: Int }
        type Video implements Node { id: ID! }
        union Media = Image | Video
        type Query { node(id: ID!): Node media: [Media] }
        type Mutation { touch: Boolean }
        """);

    [Fact]
    public void The_type_map_holds_types_in_definition_order_then_the_introspection_types()
    {
        Assert.Equal(
            [
                "Node", "ID", "Resource", "String", "Image", "Int", "Video", "Media", "Query", "Mutation", "Boolean",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            s_schema.Types.Keys);
    }

    [Fact]
    public void Root_types_default_to_the_conventional_names()
    {
        Assert.Equal("Query", s_schema.QueryType.Name);
        Assert.Equal("Mutation", s_schema.GetRootType(OperationType.Mutation)!.Name);
        Assert.Null(s_schema.SubscriptionType);
    }

    [Fact]
    public void Possible_types_of_interfaces_are_their_object_implementations_and_of_unions_their_members()
    {
        Assert.Equal(["Image", "Video"], s_schema.GetPossibleTypes(s_schema.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Image"], s_schema.GetPossibleTypes(s_schema.GetType("Resource")!).Select(t => t.Name));
        Assert.Equal(["Image", "Video"], s_schema.GetPossibleTypes(s_schema.GetType("Media")!).Select(t => t.Name));
        (IReadOnlyList<ObjectType> objects, IReadOnlyList<InterfaceType> interfaces) = s_schema.GetImplementations((InterfaceType)s_schema.GetType("Node")!);
        Assert.Equal(["Image", "Video"], objects.Select(t => t.Name));
        Assert.Equal(["Resource"], interfaces.Select(t => t.Name));
    }

    [Theory]
    [InlineData("Node", "Image", true)]
    [InlineData("Node", "Resource", true)]
    [InlineData("Resource", "Video", false)]
    [InlineData("Media", "Video", true)]
    [InlineData("Media", "Query", false)]
    public void Knows_which_types_are_subtypes_of_abstract_types(string abstractType, string subType, bool expected)
    {
        Assert.Equal(expected, s_schema.IsSubType(s_schema.GetType(abstractType)!, s_schema.GetType(subType)!));
    }

    [Fact]
    public void Field_lookup_includes_the_meta_fields_where_they_apply()
    {
        NamedType image = s_schema.GetType("Image")!;

        Assert.Same(Introspection.SchemaMetaField, s_schema.GetField(s_schema.QueryType, "__schema"));
        Assert.Same(Introspection.TypeMetaField, s_schema.GetField(s_schema.QueryType, "__type"));
        Assert.Same(Introspection.TypeNameMetaField, s_schema.GetField(image, "__typename"));
        Assert.Same(Introspection.TypeNameMetaField, s_schema.GetField(s_schema.GetType("Media")!, "__typename"));
        Assert.Null(s_schema.GetField(image, "__schema"));
        Assert.Equal("width", s_schema.GetField(image, "width")!.Name);
        Assert.Null(s_schema.GetField(image, "height"));
    }

    [Fact]
    public void The_specified_directives_are_present_by_default()
    {
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], s_schema.Directives.Select(d => d.Name));
        Assert.Same(DirectiveDefinition.Skip, s_schema.GetDirective("skip"));
    }

    [Fact]
    public void Types_given_to_the_schema_keep_their_order_before_reachable_ones()
    {
        var extra = new ObjectType("Extra", [new FieldDefinition("x", ScalarType.Float)]);
        var query = new ObjectType("Query", [new FieldDefinition("name", ScalarType.String)]);

        var schema = new Schema(new SchemaOptions { Query = query, Types = [extra] });

        Assert.Equal(["Extra", "Float", "Query", "String", "Boolean", "__Schema"], schema.Types.Keys.Take(6));
    }
}
