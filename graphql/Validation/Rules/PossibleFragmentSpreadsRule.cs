using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where its type can overlap the parent type (spec: Fragment Spread Is Possible).</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext validation) : AstVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(PossibleFragmentSpreadsRule), c => new PossibleFragmentSpreadsRule(c));

    public override VisitAction EnterInlineFragment(InlineFragmentNode node, VisitContext context)
    {
        if (validation.Type is NamedType fragmentType && fragmentType.IsCompositeType()
            && validation.ParentType is { } parentType && parentType.IsCompositeType()
            && !TypeComparators.DoTypesOverlap(validation.Schema, fragmentType, parentType))
        {
            validation.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, VisitContext context)
    {
        string name = node.Name.Value;
        if (FragmentType(name) is { } fragmentType
            && validation.ParentType is { } parentType
            && !TypeComparators.DoTypesOverlap(validation.Schema, fragmentType, parentType))
        {
            validation.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                node);
        }

        return VisitAction.Continue;
    }

    private NamedType? FragmentType(string name) =>
        validation.GetFragment(name) is { } fragment
        && TypeFromAst.Convert(validation.Schema, fragment.TypeCondition) is NamedType type
        && type.IsCompositeType()
            ? type
            : null;
}
