using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        "Things with ids" interface Node { id: ID! }
        type Item implements Node { id: ID! name: String @deprecated(reason: "use label") label(lang: String = "en", old: Int @deprecated): String }
        enum Color { RED GREEN @deprecated }
        input Filter @oneOf { id: ID, name: String @deprecated }
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        type Query { node: Node items(filter: Filter, colors: [Color!] = [RED]): [Item!]! date: Date }
        """);

    /// <summary>The introspection schema, printed as graphql-js 16's printIntrospectionSchema prints it.</summary>
    [Fact]
    public void The_introspection_types_are_defined_as_in_graphql_js()
    {
        string printed = SchemaPrinter.PrintIntrospectionSchema(s_schema);

        Assert.Equal(IntrospectionSdl.Expected, printed);
    }

    [Fact]
    public void Type_kind_name_and_wrappers_resolve_over_schema_types()
    {
        var item = (ObjectType)s_schema.GetType("Item")!;
        FieldDefinition items = s_schema.QueryType.GetField("items")!;

        Assert.Equal(TypeKind.Object, Resolve(Introspection.TypeType, "kind", item));
        Assert.Equal("Item", Resolve(Introspection.TypeType, "name", item));
        Assert.Equal(TypeKind.NonNull, Resolve(Introspection.TypeType, "kind", items.Type));
        Assert.Null(Resolve(Introspection.TypeType, "name", items.Type));
        Assert.Equal("[Item!]", Resolve(Introspection.TypeType, "ofType", items.Type)!.ToString());
        Assert.Equal("Things with ids", Resolve(Introspection.TypeType, "description", s_schema.GetType("Node")));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", Resolve(Introspection.TypeType, "specifiedByURL", s_schema.GetType("Date")));
        Assert.Equal(true, Resolve(Introspection.TypeType, "isOneOf", s_schema.GetType("Filter")));
        Assert.Null(Resolve(Introspection.TypeType, "isOneOf", item));
    }

    [Fact]
    public void Deprecated_members_are_listed_only_when_asked()
    {
        var item = s_schema.GetType("Item")!;
        var color = s_schema.GetType("Color")!;
        var filter = s_schema.GetType("Filter")!;
        FieldDefinition label = ((ObjectType)item).GetField("label")!;
        var include = new Dictionary<string, object?> { ["includeDeprecated"] = true };
        var exclude = new Dictionary<string, object?> { ["includeDeprecated"] = false };

        Assert.Equal(["id", "label"], Names(Resolve(Introspection.TypeType, "fields", item, exclude)));
        Assert.Equal(["id", "name", "label"], Names(Resolve(Introspection.TypeType, "fields", item, include)));
        Assert.Equal(["RED"], Names(Resolve(Introspection.TypeType, "enumValues", color, exclude)));
        Assert.Equal(["RED", "GREEN"], Names(Resolve(Introspection.TypeType, "enumValues", color, include)));
        Assert.Equal(["id"], Names(Resolve(Introspection.TypeType, "inputFields", filter, exclude)));
        Assert.Equal(["lang"], Names(Resolve(Introspection.FieldType, "args", label, exclude)));
        Assert.Equal(["lang", "old"], Names(Resolve(Introspection.FieldType, "args", label, include)));
        Assert.Equal("use label", Resolve(Introspection.FieldType, "deprecationReason", ((ObjectType)item).GetField("name")));
        Assert.Equal(true, Resolve(Introspection.FieldType, "isDeprecated", ((ObjectType)item).GetField("name")));
    }

    [Fact]
    public void Possible_types_interfaces_and_default_values_are_reported()
    {
        FieldDefinition items = s_schema.QueryType.GetField("items")!;

        Assert.Equal(["Item"], Names(Resolve(Introspection.TypeType, "possibleTypes", s_schema.GetType("Node"))));
        Assert.Equal(["Node"], Names(Resolve(Introspection.TypeType, "interfaces", s_schema.GetType("Item"))));
        Assert.Null(Resolve(Introspection.TypeType, "possibleTypes", s_schema.GetType("Item")));
        Assert.Equal("[RED]", Resolve(Introspection.InputValueType, "defaultValue", items.GetArgument("colors")));
        Assert.Null(Resolve(Introspection.InputValueType, "defaultValue", items.GetArgument("filter")));
    }

    [Fact]
    public void Meta_fields_resolve_the_schema_a_type_by_name_and_the_parent_type_name()
    {
        var item = (ObjectType)s_schema.GetType("Item")!;

        Assert.Same(s_schema, Resolve(s_schema.QueryType, "__schema", null));
        Assert.Same(item, Resolve(s_schema.QueryType, "__type", null, new Dictionary<string, object?> { ["name"] = "Item" }));
        Assert.Null(Resolve(s_schema.QueryType, "__type", null, new Dictionary<string, object?> { ["name"] = "Nope" }));
        Assert.Equal("Item", Resolve(item, "__typename", new object()));
    }

    [Fact]
    public void The_schema_lists_its_types_roots_and_directives()
    {
        Assert.Equal(s_schema.Types.Count, ((IEnumerable<NamedType>)Resolve(Introspection.SchemaType, "types", s_schema)!).Count());
        Assert.Same(s_schema.QueryType, Resolve(Introspection.SchemaType, "queryType", s_schema));
        Assert.Null(Resolve(Introspection.SchemaType, "mutationType", s_schema));
        Assert.Equal(
            ["include", "skip", "deprecated", "specifiedBy", "oneOf"],
            Names(Resolve(Introspection.SchemaType, "directives", s_schema, new Dictionary<string, object?> { ["includeDeprecated"] = false })));
        Assert.Equal(
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            (IEnumerable<DirectiveLocation>)Resolve(Introspection.DirectiveType, "locations", DirectiveDefinition.Skip)!);
    }

    private static object? Resolve(ObjectType type, string field, object? source, Dictionary<string, object?>? arguments = null) =>
        FakeResolverContext.ResolveAsync(s_schema, type, field, source, arguments).GetAwaiter().GetResult();

    private static List<string> Names(object? items) => [.. ((System.Collections.IEnumerable)items!).Cast<object>().Select(i => i switch
    {
        FieldDefinition f => f.Name,
        InputValueDefinition v => v.Name,
        EnumValueDefinition e => e.Name,
        NamedType t => t.Name,
        DirectiveDefinition d => d.Name,
        _ => i.ToString()!,
    })];
}
