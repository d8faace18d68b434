using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Leaf fields have no selection set; object, interface and union fields have a non-empty one (spec: Leaf Field Selections).</summary>
public sealed class ScalarLeafsRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(ScalarLeafsRule), c => new ScalarLeafsRule(c));

    public override VisitAction EnterField(FieldNode node, VisitContext context)
    {
        if (validation.Type is not { } type)
        {
            return VisitAction.Continue;
        }

        string name = node.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (node.SelectionSet is { } selectionSet)
            {
                validation.ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            validation.ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", node);
        }
        else if (node.SelectionSet.Selections.Count == 0)
        {
            validation.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", node);
        }

        return VisitAction.Continue;
    }
}
