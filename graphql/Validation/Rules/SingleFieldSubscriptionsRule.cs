using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, and not an introspection field
/// (spec: Single Root Field). Fields are collected as execution would, with no variables.
/// </summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext validation) : AstVisitor
{
    private Dictionary<string, FragmentDefinitionNode>? _fragments;

    public static ValidationRule Rule { get; } = new(nameof(SingleFieldSubscriptionsRule), c => new SingleFieldSubscriptionsRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context)
    {
        if (node.Operation != OperationType.Subscription || validation.Schema.SubscriptionType is not { } subscriptionType)
        {
            return VisitAction.Continue;
        }

        string? operationName = node.Name?.Value;
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        CollectFields(subscriptionType, node.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        if (order.Count > 1)
        {
            AstNode[] extra = [.. order.Skip(1).SelectMany(name => fields[name])];
            validation.ReportError(
                operationName is not null
                    ? $"Subscription \"{operationName}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra);
        }

        foreach (string responseName in order)
        {
            List<FieldNode> fieldNodes = fields[responseName];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                validation.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    [.. fieldNodes]);
            }
        }

        return VisitAction.Continue;
    }

    private void CollectFields(
        ObjectType type,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        ReserveWork(selectionSet);
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when IsIncluded(field):
                    string responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!fields.TryGetValue(responseName, out List<FieldNode>? list))
                    {
                        fields[responseName] = list = [];
                        order.Add(responseName);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when IsIncluded(inline) && ConditionMatches(inline.TypeCondition, type):
                    CollectFields(type, inline.SelectionSet, fields, order, visitedFragments);
                    break;
                case FragmentSpreadNode spread when !visitedFragments.Contains(spread.Name.Value) && IsIncluded(spread):
                    visitedFragments.Add(spread.Name.Value);
                    if (Fragments().TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                        && ConditionMatches(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    private Dictionary<string, FragmentDefinitionNode> Fragments()
    {
        if (_fragments is null)
        {
            validation.SpendFragmentWork(validation.Document.Definitions.Count);
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (FragmentDefinitionNode fragment in validation.Document.Definitions.OfType<FragmentDefinitionNode>())
            {
                _fragments[fragment.Name.Value] = fragment;
            }
        }

        return _fragments;
    }

    private void ReserveWork(SelectionSetNode selectionSet)
    {
        validation.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            validation.SpendFragmentWork(selection.Directives.Count);
            foreach (DirectiveNode directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    validation.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        NamedType? conditionType = validation.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType.IsAbstractType() && validation.Schema.IsSubType(conditionType!, type));
    }

    // Without variables only literal conditions decide; a condition on a variable keeps the selection.
    private static bool IsIncluded(SelectionNode selection) =>
        !(LiteralCondition(selection, "skip") == true || LiteralCondition(selection, "include") == false);

    private static bool? LiteralCondition(SelectionNode selection, string directiveName)
    {
        DirectiveNode? directive = selection.Directives.FirstOrDefault(d => d.Name.Value == directiveName);
        ArgumentNode? argument = directive?.Arguments.FirstOrDefault(a => a.Name.Value == "if");
        return argument?.Value is BooleanValueNode literal ? literal.Value : null;
    }
}
