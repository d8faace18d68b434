using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_an_operation_with_variables_directives_aliases_and_fragments()
    {
        DocumentNode document = Parser.Parse("""
            query Q($id: ID! = "1", $tags: [String!] @var) @op {
              c: customer(id: $id) @include(if: true) {
                ...F
                ... on Customer { name }
                ... @skip(if: false) { id }
              }
            }
            fragment F on Customer { id }
            """);

        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(["id", "tags"], operation.VariableDefinitions.Select(v => v.Variable.Name.Value));
        Assert.Equal("ID!", operation.VariableDefinitions[0].Type.ToString());
        Assert.Equal("\"1\"", operation.VariableDefinitions[0].DefaultValue!.ToString());
        Assert.Equal("var", operation.VariableDefinitions[1].Directives[0].Name.Value);
        Assert.Equal("op", operation.Directives[0].Name.Value);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("c", "customer"), (field.Alias!.Value, field.Name.Value));
        Assert.IsType<VariableNode>(field.Arguments[0].Value);
        Assert.Equal("include", field.Directives[0].Name.Value);
        Assert.Collection(
            field.SelectionSet!.Selections,
            s => Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(s).Name.Value),
            s => Assert.Equal("Customer", Assert.IsType<InlineFragmentNode>(s).TypeCondition!.Name.Value),
            s => Assert.Null(Assert.IsType<InlineFragmentNode>(s).TypeCondition));
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "Customer"), (fragment.Name.Value, fragment.TypeCondition.Name.Value));
    }

    [Fact]
    public void Parses_the_shorthand_query_as_an_anonymous_query()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0];

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = (ObjectValueNode)Parser.ParseValue(""""{i: -1, f: 2.5e3, s: "x", b: "\u00e9" bs: """y""", t: true, n: null, e: RED, l: [1 [2]], v: $v}"""");

        Assert.Collection(
            value.Fields.Select(f => f.Value),
            v => Assert.Equal("-1", Assert.IsType<IntValueNode>(v).Value),
            v => Assert.Equal("2.5e3", Assert.IsType<FloatValueNode>(v).Value),
            v => Assert.Equal(("x", false), (Assert.IsType<StringValueNode>(v).Value, ((StringValueNode)v).Block)),
            v => Assert.Equal("\u00e9", Assert.IsType<StringValueNode>(v).Value),
            v => Assert.True(Assert.IsType<StringValueNode>(v).Block),
            v => Assert.True(Assert.IsType<BooleanValueNode>(v).Value),
            v => Assert.IsType<NullValueNode>(v),
            v => Assert.Equal("RED", Assert.IsType<EnumValueNode>(v).Value),
            v => Assert.Equal(2, Assert.IsType<ListValueNode>(v).Values.Count),
            v => Assert.Equal("v", Assert.IsType<VariableNode>(v).Name.Value));
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Customer!]]!"));

        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        var item = Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("Customer", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
    }

    [Fact]
    public void Parses_every_type_system_definition_and_extension()
    {
        DocumentNode document = Parser.Parse("""
            "The schema" schema @s { query: Q mutation: M subscription: S }
            "A scalar" scalar Date @specifiedBy(url: "https://example.com")
            type Q implements & A & B @t { "f" f("a" a: Int = 1 @deprecated, b: [In!]): String! }
            interface A implements B { f: String }
            union U @u = | X | Y
            enum E { "one" ONE @deprecated(reason: "no") TWO }
            input In @oneOf { a: Int = 2, b: String }
            "d" directive @d(a: Int) repeatable on FIELD | QUERY
            extend schema @s { subscription: S }
            extend scalar Date @x
            extend type Q implements C { g: Int }
            extend interface A @x
            extend union U = Z
            extend enum E { THREE }
            extend input In { c: Int }
            """);

        Assert.Equal(
            [
                NodeKind.SchemaDefinition, NodeKind.ScalarTypeDefinition, NodeKind.ObjectTypeDefinition,
                NodeKind.InterfaceTypeDefinition, NodeKind.UnionTypeDefinition, NodeKind.EnumTypeDefinition,
                NodeKind.InputObjectTypeDefinition, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
                NodeKind.ScalarTypeExtension, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeExtension,
                NodeKind.UnionTypeExtension, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var schema = (SchemaDefinitionNode)document.Definitions[0];
        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        var type = (ObjectTypeDefinitionNode)document.Definitions[2];
        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
        FieldDefinitionNode field = Assert.Single(type.Fields);
        Assert.Equal("f", field.Description!.Value);
        Assert.Equal("a", field.Arguments[0].Description!.Value);
        Assert.Equal("1", field.Arguments[0].DefaultValue!.ToString());
        Assert.Equal("deprecated", field.Arguments[0].Directives[0].Name.Value);
        Assert.Equal(["B"], ((InterfaceTypeDefinitionNode)document.Definitions[3]).Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["X", "Y"], ((UnionTypeDefinitionNode)document.Definitions[4]).Types.Select(t => t.Name.Value));
        var enumType = (EnumTypeDefinitionNode)document.Definitions[5];
        Assert.Equal(["ONE", "TWO"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("oneOf", ((InputObjectTypeDefinitionNode)document.Definitions[6]).Directives[0].Name.Value);
        var directive = (DirectiveDefinitionNode)document.Definitions[7];
        Assert.True(directive.Repeatable);
        Assert.Equal(["FIELD", "QUERY"], directive.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Parses_descriptions_on_operations_variables_and_fragments()
    {
        DocumentNode document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"frag\" fragment F on T { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void Every_node_records_the_span_it_was_parsed_from()
    {
        DocumentNode document = Parser.Parse("{\n  hero(id: 4) { name }\n}");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal((4, 24), (field.Location!.Value.Start, field.Location.Value.End));
        Assert.Equal(new SourceLocation(2, 3), field.Location.Value.StartLocation);
        Assert.Equal(new SourceLocation(2, 12), field.Arguments[0].Value.Location!.Value.StartLocation);
        Assert.Equal((0, 26), (document.Location!.Value.Start, document.Location.Value.End));
        Assert.Equal(11, document.TokenCount);
    }

    [Fact]
    public void Leaves_locations_out_when_asked()
    {
        DocumentNode document = Parser.Parse("{ a }", new ParseOptions { NoLocation = true });

        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Location);
    }

    [Fact]
    public void Shares_one_string_for_repeated_names()
    {
        DocumentNode first = Parser.Parse("{ customerName }");
        DocumentNode second = Parser.Parse("{ customerName }");

        static string NameOf(DocumentNode d) => ((FieldNode)((OperationDefinitionNode)d.Definitions[0]).SelectionSet.Selections[0]).Name.Value;
        Assert.Same(NameOf(first), NameOf(second));
    }
}
