using System.Globalization;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

public sealed class TypeInfoTests
{
    private static readonly Schema s_schema = SchemaBuilder.BuildSchema("""
        interface Pet { name(surname: Boolean = false): String }
        type Dog implements Pet { name(surname: Boolean = false): String barks: Boolean owner: Human }
        type Human { name: String pets: [Pet] }
        enum Size { SMALL LARGE }
        input Filter { size: Size = SMALL, names: [String!], nested: Filter }
        type Query { pet(filter: Filter, limit: Int = 10): Pet dogs(sizes: [Size]): [Dog!]! }
        """);

    private const string Document = """
        query Q($f: Filter = {size: LARGE}, $n: Int) {
          pet(filter: {size: SMALL, names: ["a", $x], nested: {size: LARGE}}, limit: $n) {
            __typename
            name(surname: true) @include(if: $cond)
            ... on Dog { barks owner { name unknown } }
            ...F
          }
          dogs(sizes: [SMALL, HUGE]) { name }
          nope { x }
        }
        fragment F on Pet { name }
        """;

    /// <summary>What graphql-js 16's TypeInfo reports on entering each node of the document (names left out).</summary>
    private const string ExpectedTrace = """
        Document  | type=- parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        OperationDefinition Q | type=Query parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        VariableDefinition  | type=Query parent=- field=- input=Filter parentInput=- default=none directive=- argument=- enum=-
        Variable f | type=Query parent=- field=- input=Filter parentInput=- default=none directive=- argument=- enum=-
        NamedType Filter | type=Query parent=- field=- input=Filter parentInput=- default=none directive=- argument=- enum=-
        ObjectValue  | type=Query parent=- field=- input=Filter parentInput=- default=none directive=- argument=- enum=-
        ObjectField size | type=Query parent=- field=- input=Size parentInput=Filter default="SMALL" directive=- argument=- enum=-
        EnumValue LARGE | type=Query parent=- field=- input=Size parentInput=Filter default="SMALL" directive=- argument=- enum=LARGE
        VariableDefinition  | type=Query parent=- field=- input=Int parentInput=- default=none directive=- argument=- enum=-
        Variable n | type=Query parent=- field=- input=Int parentInput=- default=none directive=- argument=- enum=-
        NamedType Int | type=Query parent=- field=- input=Int parentInput=- default=none directive=- argument=- enum=-
        SelectionSet  | type=Query parent=Query field=- input=- parentInput=- default=none directive=- argument=- enum=-
        Field pet | type=Pet parent=Query field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        Argument filter | type=Pet parent=Query field=pet input=Filter parentInput=- default=none directive=- argument=filter enum=-
        ObjectValue  | type=Pet parent=Query field=pet input=Filter parentInput=- default=none directive=- argument=filter enum=-
        ObjectField size | type=Pet parent=Query field=pet input=Size parentInput=Filter default="SMALL" directive=- argument=filter enum=-
        EnumValue SMALL | type=Pet parent=Query field=pet input=Size parentInput=Filter default="SMALL" directive=- argument=filter enum=SMALL
        ObjectField names | type=Pet parent=Query field=pet input=[String!] parentInput=Filter default=none directive=- argument=filter enum=-
        ListValue  | type=Pet parent=Query field=pet input=String! parentInput=[String!] default=none directive=- argument=filter enum=-
        StringValue a | type=Pet parent=Query field=pet input=String! parentInput=[String!] default=none directive=- argument=filter enum=-
        Variable x | type=Pet parent=Query field=pet input=String! parentInput=[String!] default=none directive=- argument=filter enum=-
        ObjectField nested | type=Pet parent=Query field=pet input=Filter parentInput=Filter default=none directive=- argument=filter enum=-
        ObjectValue  | type=Pet parent=Query field=pet input=Filter parentInput=Filter default=none directive=- argument=filter enum=-
        ObjectField size | type=Pet parent=Query field=pet input=Size parentInput=Filter default="SMALL" directive=- argument=filter enum=-
        EnumValue LARGE | type=Pet parent=Query field=pet input=Size parentInput=Filter default="SMALL" directive=- argument=filter enum=LARGE
        Argument limit | type=Pet parent=Query field=pet input=Int parentInput=- default=10 directive=- argument=limit enum=-
        Variable n | type=Pet parent=Query field=pet input=Int parentInput=- default=10 directive=- argument=limit enum=-
        SelectionSet  | type=Pet parent=Pet field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        Field __typename | type=String! parent=Pet field=__typename input=- parentInput=- default=none directive=- argument=- enum=-
        Field name | type=String parent=Pet field=name input=- parentInput=- default=none directive=- argument=- enum=-
        Argument surname | type=String parent=Pet field=name input=Boolean parentInput=- default=false directive=- argument=surname enum=-
        BooleanValue true | type=String parent=Pet field=name input=Boolean parentInput=- default=false directive=- argument=surname enum=-
        Directive include | type=String parent=Pet field=name input=- parentInput=- default=none directive=include argument=- enum=-
        Argument if | type=String parent=Pet field=name input=Boolean! parentInput=- default=none directive=include argument=if enum=-
        Variable cond | type=String parent=Pet field=name input=Boolean! parentInput=- default=none directive=include argument=if enum=-
        InlineFragment  | type=Dog parent=Pet field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        NamedType Dog | type=Dog parent=Pet field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        SelectionSet  | type=Dog parent=Dog field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        Field barks | type=Boolean parent=Dog field=barks input=- parentInput=- default=none directive=- argument=- enum=-
        Field owner | type=Human parent=Dog field=owner input=- parentInput=- default=none directive=- argument=- enum=-
        SelectionSet  | type=Human parent=Human field=owner input=- parentInput=- default=none directive=- argument=- enum=-
        Field name | type=String parent=Human field=name input=- parentInput=- default=none directive=- argument=- enum=-
        Field unknown | type=- parent=Human field=- input=- parentInput=- default=none directive=- argument=- enum=-
        FragmentSpread F | type=Pet parent=Pet field=pet input=- parentInput=- default=none directive=- argument=- enum=-
        Field dogs | type=[Dog!]! parent=Query field=dogs input=- parentInput=- default=none directive=- argument=- enum=-
        Argument sizes | type=[Dog!]! parent=Query field=dogs input=[Size] parentInput=- default=none directive=- argument=sizes enum=-
        ListValue  | type=[Dog!]! parent=Query field=dogs input=Size parentInput=[Size] default=none directive=- argument=sizes enum=-
        EnumValue SMALL | type=[Dog!]! parent=Query field=dogs input=Size parentInput=[Size] default=none directive=- argument=sizes enum=SMALL
        EnumValue HUGE | type=[Dog!]! parent=Query field=dogs input=Size parentInput=[Size] default=none directive=- argument=sizes enum=-
        SelectionSet  | type=[Dog!]! parent=Dog field=dogs input=- parentInput=- default=none directive=- argument=- enum=-
        Field name | type=String parent=Dog field=name input=- parentInput=- default=none directive=- argument=- enum=-
        Field nope | type=- parent=Query field=- input=- parentInput=- default=none directive=- argument=- enum=-
        SelectionSet  | type=- parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        Field x | type=- parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        FragmentDefinition F | type=Pet parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        NamedType Pet | type=Pet parent=- field=- input=- parentInput=- default=none directive=- argument=- enum=-
        SelectionSet  | type=Pet parent=Pet field=- input=- parentInput=- default=none directive=- argument=- enum=-
        Field name | type=String parent=Pet field=name input=- parentInput=- default=none directive=- argument=- enum=-
        """;

    private sealed class Tracer(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> Lines { get; } = [];

        public override VisitAction Enter(AstNode node, VisitContext context)
        {
            if (node is NameNode)
            {
                return VisitAction.Continue;
            }

            string label = node switch
            {
                OperationDefinitionNode n => n.Name?.Value ?? string.Empty,
                FieldNode n => n.Name.Value,
                ArgumentNode n => n.Name.Value,
                ObjectFieldNode n => n.Name.Value,
                DirectiveNode n => n.Name.Value,
                VariableNode n => n.Name.Value,
                NamedTypeNode n => n.Name.Value,
                FragmentSpreadNode n => n.Name.Value,
                FragmentDefinitionNode n => n.Name.Value,
                IntValueNode n => n.Value,
                StringValueNode n => n.Value,
                EnumValueNode n => n.Value,
                BooleanValueNode n => n.Value ? "true" : "false",
                _ => string.Empty,
            };
            Optional<object?> defaultValue = typeInfo.DefaultValue;
            Lines.Add(
                $"{node.Kind} {label} | type={S(typeInfo.Type)} parent={S(typeInfo.ParentType)} field={S(typeInfo.FieldDefinition?.Name)} " +
                $"input={S(typeInfo.InputType)} parentInput={S(typeInfo.ParentInputType)} default={(defaultValue.HasValue ? Json(defaultValue.Value) : "none")} " +
                $"directive={S(typeInfo.Directive?.Name)} argument={S(typeInfo.Argument?.Name)} enum={S(typeInfo.EnumValue?.Name)}");
            return VisitAction.Continue;
        }

        private static string S(object? value) => value?.ToString() ?? "-";

        private static string Json(object? value) => value switch
        {
            null => "null",
            string text => "\"" + text + "\"",
            bool flag => flag ? "true" : "false",
            int number => number.ToString(CultureInfo.InvariantCulture),
            IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(p => $"\"{p.Key}\":{Json(p.Value)}")) + "}",
            _ => value.ToString()!,
        };
    }

    [Fact]
    public void Reports_the_same_types_as_graphql_js_at_every_node()
    {
        var typeInfo = new TypeInfo(s_schema);
        var tracer = new Tracer(typeInfo);

        new TypeInfoVisitor(typeInfo, tracer).Visit(Parser.Parse(Document));

        Assert.Equal(ExpectedTrace.Split('\n'), tracer.Lines);
    }

    [Fact]
    public void Starts_from_an_initial_type_when_given_one()
    {
        var typeInfo = new TypeInfo(s_schema, s_schema.GetType("Human"));
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ pets { name } }").Definitions[0]).SelectionSet.Selections[0];

        typeInfo.Enter(field);

        Assert.Equal("[Pet]", typeInfo.Type!.ToString());
        Assert.Equal("Human", typeInfo.ParentType!.Name);
    }

    [Fact]
    public void A_skipped_subtree_leaves_the_type_info_as_it_was()
    {
        var typeInfo = new TypeInfo(s_schema);
        var skipper = new SkipFields(typeInfo);

        new TypeInfoVisitor(typeInfo, skipper).Visit(Parser.Parse("{ pet { name } dogs { barks } }"));

        Assert.Equal(["Query", "Query"], skipper.ParentsAtFields);
    }

    private sealed class SkipFields(TypeInfo typeInfo) : AstVisitor
    {
        public List<string> ParentsAtFields { get; } = [];

        public override VisitAction EnterField(FieldNode node, VisitContext context)
        {
            ParentsAtFields.Add(typeInfo.ParentType!.Name);
            return VisitAction.Skip;
        }
    }
}
