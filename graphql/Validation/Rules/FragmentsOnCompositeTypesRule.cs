using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>Fragments condition only on objects, interfaces and unions (spec: Fragments On Composite Types).</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(FragmentsOnCompositeTypesRule), c => new FragmentsOnCompositeTypesRule(c));

    public override VisitAction EnterInlineFragment(InlineFragmentNode node, VisitContext context)
    {
        if (node.TypeCondition is { } condition && IsNonComposite(condition))
        {
            validation.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context)
    {
        if (IsNonComposite(node.TypeCondition))
        {
            validation.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }

        return VisitAction.Continue;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        TypeFromAst.Convert(validation.Schema, condition) is { } type && !type.IsCompositeType();
}
