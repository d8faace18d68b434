using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>An input object literal gives each field once (spec: Input Object Field Uniqueness).</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext validation) : AstVisitor
{
    private readonly Stack<Dictionary<string, NameNode>> _outer = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueInputFieldNamesRule), c => new UniqueInputFieldNamesRule(c));

    public override VisitAction EnterObjectValue(ObjectValueNode node, VisitContext context)
    {
        _outer.Push(_known);
        _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return VisitAction.Continue;
    }

    public override VisitAction LeaveObjectValue(ObjectValueNode node, VisitContext context)
    {
        _known = _outer.Pop();
        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (_known.TryGetValue(name, out NameNode? first))
        {
            validation.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
        }
        else
        {
            _known[name] = node.Name;
        }

        return VisitAction.Continue;
    }
}
