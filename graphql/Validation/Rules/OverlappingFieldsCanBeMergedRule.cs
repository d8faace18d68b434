using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Validation.Rules.OverlappingFields;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// Fields answering to one response name can be merged: same field, same arguments, compatible
/// types and mergeable sub-selections (spec: Field Selection Merging). The work is in
/// <see cref="ConflictFinder"/>, memoised across the document.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext validation) : AstVisitor
{
    private readonly ConflictFinder _finder = new(validation);

    public static ValidationRule Rule { get; } = new(nameof(OverlappingFieldsCanBeMergedRule), c => new OverlappingFieldsCanBeMergedRule(c));

    public override VisitAction EnterSelectionSet(SelectionSetNode node, VisitContext context)
    {
        // An inline fragment's fields are compared with those of the selection set around it.
        if (context.Parent is InlineFragmentNode
            || (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode)))
        {
            return VisitAction.Continue;
        }

        foreach (Conflict conflict in _finder.FindWithinSelectionSet(validation.ParentType, node))
        {
            validation.ReportError(
                $"Fields \"{ConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return VisitAction.Continue;
    }
}
