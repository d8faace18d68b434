using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Every spread fragment is defined in the document (spec: Fragment Spread Target Defined).</summary>
public sealed class KnownFragmentNamesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(KnownFragmentNamesRule), c => new KnownFragmentNamesRule(c));

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitContext context)
    {
        if (validation.GetFragment(node.Name.Value) is null)
        {
            validation.ReportError($"Unknown fragment \"{node.Name.Value}\".", node.Name);
        }

        return VisitAction.Continue;
    }
}
