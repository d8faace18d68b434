using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>
/// An operation costs at most <see cref="ValidationOptions.MaxCost"/>. The model (<see cref="OperationCost"/>):
/// every field costs 1 (<c>__typename</c> nothing); a field with a <c>first</c> or <c>last</c>
/// argument multiplies the cost of its selection by that page size; any other list field
/// multiplies by <see cref="ValidationOptions.DefaultListSize"/>, except a list directly inside a
/// paginated field (a connection's <c>edges</c> and <c>nodes</c> are that page).
/// </summary>
public sealed class MaxCostRule(ValidationContext validation) : AstVisitor
{
    private OperationCost? _cost;

    public static ValidationRule Rule { get; } = new(nameof(MaxCostRule), c => new MaxCostRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (validation.Options.MaxCost is int maxCost)
        {
            _cost ??= new OperationCost(validation);
            long cost = _cost.Of(node);
            if (cost > maxCost)
            {
                validation.ReportError($"{OperationNames.Describe(node)} costs {cost}; the maximum cost is {maxCost}.", node);
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context) => VisitAction.Skip;
}
