using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private sealed class Recorder(Func<AstNode, VisitAction>? onEnter = null) : AstVisitor
    {
        public List<string> Events { get; } = [];

        public override VisitAction Enter(AstNode node, VisitContext context)
        {
            Events.Add($"enter {Describe(node)}");
            return onEnter?.Invoke(node) ?? VisitAction.Continue;
        }

        public override VisitAction Leave(AstNode node, VisitContext context)
        {
            Events.Add($"leave {Describe(node)}");
            return VisitAction.Continue;
        }

        private static string Describe(AstNode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Visits_every_node_in_source_order_names_included()
    {
        var recorder = new Recorder();

        recorder.Visit(Parser.Parse("{ a(x: 1) @d }"));

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
                "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue",
                "leave Argument", "enter Directive", "enter Name d", "leave Name d", "leave Directive", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skipping_on_enter_skips_the_children_and_the_leave()
    {
        var recorder = new Recorder(node => node is FieldNode ? VisitAction.Skip : VisitAction.Continue);

        recorder.Visit(Parser.Parse("{ a { b } }"));

        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Breaking_stops_the_walk()
    {
        var recorder = new Recorder(node => node is FieldNode ? VisitAction.Break : VisitAction.Continue);

        recorder.Visit(Parser.Parse("{ a b }"));

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field"], recorder.Events);
    }

    private sealed class AncestorProbe : AstVisitor
    {
        public List<string> Seen { get; } = [];

        public override VisitAction EnterIntValue(IntValueNode node, VisitContext context)
        {
            Seen.Add($"{context.Parent!.Kind} < {string.Join(" < ", context.Ancestors.Reverse().Skip(1).Select(a => a.Kind))}");
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Kind_methods_see_the_parent_and_ancestors()
    {
        var probe = new AncestorProbe();

        probe.Visit(Parser.Parse("{ a(x: [1]) }"));

        Assert.Equal(["ListValue < Argument < Field < SelectionSet < OperationDefinition < Document"], probe.Seen);
    }

    private sealed class FieldCounter(bool skipFirstSelectionSet) : AstVisitor
    {
        private bool _skipped;

        public List<string> Fields { get; } = [];

        public List<string> Left { get; } = [];

        public override VisitAction EnterSelectionSet(SelectionSetNode node, VisitContext context)
        {
            if (skipFirstSelectionSet && !_skipped && context.Parent is FieldNode)
            {
                _skipped = true;
                return VisitAction.Skip;
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterField(FieldNode node, VisitContext context)
        {
            Fields.Add(node.Name.Value);
            return VisitAction.Continue;
        }

        public override VisitAction LeaveSelectionSet(SelectionSetNode node, VisitContext context)
        {
            Left.Add(context.Parent!.Kind.ToString());
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void Parallel_visitors_skip_independently()
    {
        var skipping = new FieldCounter(skipFirstSelectionSet: true);
        var seeing = new FieldCounter(skipFirstSelectionSet: false);

        new ParallelVisitor([skipping, seeing]).Visit(Parser.Parse("{ a { b } c { d } }"));

        Assert.Equal(["a", "c", "d"], skipping.Fields);
        Assert.Equal(["Field", "OperationDefinition"], skipping.Left);
        Assert.Equal(["a", "b", "c", "d"], seeing.Fields);
        Assert.Equal(["Field", "Field", "OperationDefinition"], seeing.Left);
    }
}
