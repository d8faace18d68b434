using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field once (spec: Input Object Field Uniqueness).</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext validation) : AstVisitor
{
    // One dictionary per nesting depth, reused by every object literal at that depth.
    private readonly List<Dictionary<string, NameNode>> _byDepth = [];
    private int _depth = -1;

    public static ValidationRule Rule { get; } = new(nameof(UniqueInputFieldNamesRule), c => new UniqueInputFieldNamesRule(c));

    public override VisitAction EnterObjectValue(ObjectValueNode node, VisitContext context)
    {
        if (++_depth == _byDepth.Count)
        {
            _byDepth.Add(new Dictionary<string, NameNode>(StringComparer.Ordinal));
        }

        _byDepth[_depth].Clear();
        return VisitAction.Continue;
    }

    public override VisitAction LeaveObjectValue(ObjectValueNode node, VisitContext context)
    {
        _depth--;
        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node, VisitContext context)
    {
        string name = node.Name.Value;
        Dictionary<string, NameNode> known = _byDepth[_depth];
        if (known.TryGetValue(name, out NameNode? first))
        {
            validation.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
        }
        else
        {
            known[name] = node.Name;
        }

        return VisitAction.Continue;
    }
}
