using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Validation.Limits;

/// <summary>
/// Computes the cost of operations as <see cref="MaxCostRule"/> describes. Page sizes come from
/// literals; a variable page size counts as the variable's default, else the argument's default,
/// else the default list size, because variable values are not known when a document is validated.
/// Every branch of a fragment or type condition is counted, so the cost is an upper bound.
/// </summary>
internal sealed class OperationCost(ValidationContext validation)
{
    private const long Ceiling = 1_000_000_000_000_000;
    private static readonly string[] s_pageArguments = ["first", "last"];

    private readonly Dictionary<(string, bool), long> _fragmentCosts = [];
    private readonly HashSet<(string, bool)> _costing = [];
    private Dictionary<string, VariableDefinitionNode> _variables = new(StringComparer.Ordinal);

    public long Of(OperationDefinitionNode operation)
    {
        _variables = operation.VariableDefinitions
            .GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _fragmentCosts.Clear();
        return Cost(validation.Schema.GetRootType(operation.Operation), operation.SelectionSet, insidePage: false);
    }

    private long Cost(NamedType? parentType, SelectionSetNode selectionSet, bool insidePage)
    {
        long total = 0;
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            total = Math.Min(Ceiling, total + selection switch
            {
                FieldNode field => FieldCost(parentType, field, insidePage),
                InlineFragmentNode inline => Cost(
                    inline.TypeCondition is { } condition ? validation.Schema.GetType(condition.Name.Value) : parentType,
                    inline.SelectionSet,
                    insidePage),
                FragmentSpreadNode spread => FragmentCost(spread.Name.Value, insidePage),
                _ => 0,
            });
        }

        return total;
    }

    private long FieldCost(NamedType? parentType, FieldNode field, bool insidePage)
    {
        if (field.Name.Value == "__typename")
        {
            return 0;
        }

        FieldDefinition? definition = parentType is null ? null : validation.Schema.GetField(parentType, field.Name.Value);
        if (field.SelectionSet is not { } selectionSet)
        {
            return 1;
        }

        long? pageSize = PageSize(field, definition);
        long multiplier = pageSize ?? (definition?.Type.GetNullableType() is ListType && !insidePage ? validation.Options.DefaultListSize : 1);
        long inner = Cost(definition?.Type.GetNamedType(), selectionSet, insidePage: pageSize is not null);
        return (long)Math.Min(Ceiling, 1 + (multiplier * (double)inner));
    }

    private long? PageSize(FieldNode field, FieldDefinition? definition)
    {
        long? size = null;
        foreach (string name in s_pageArguments)
        {
            ArgumentNode? argument = field.Arguments.FirstOrDefault(a => a.Name.Value == name);
            InputValueDefinition? argumentDefinition = definition?.GetArgument(name);
            long? value = argument is not null
                ? ValueOf(argument.Value, argumentDefinition)
                : argumentDefinition is { HasDefaultValue: true, DefaultValue: int fallback } ? fallback : null;
            if (value is not null)
            {
                size = Math.Max(size ?? 0, value.Value);
            }
        }

        return size;
    }

    private long? ValueOf(ValueNode value, InputValueDefinition? argumentDefinition) => value switch
    {
        IntValueNode literal => long.TryParse(literal.Value, out long number) ? Math.Max(0, number) : Ceiling,
        VariableNode variable when _variables.TryGetValue(variable.Name.Value, out VariableDefinitionNode? definition)
            && definition.DefaultValue is IntValueNode defaultLiteral => ValueOf(defaultLiteral, argumentDefinition),
        VariableNode when argumentDefinition is { HasDefaultValue: true, DefaultValue: int fallback } => fallback,
        VariableNode => validation.Options.DefaultListSize,
        _ => null,
    };

    private long FragmentCost(string name, bool insidePage)
    {
        if (_fragmentCosts.TryGetValue((name, insidePage), out long known))
        {
            return known;
        }

        if (validation.GetFragment(name) is not { } fragment || !_costing.Add((name, insidePage)))
        {
            return 0;
        }

        StackGuard.Ensure();
        long cost = Cost(validation.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, insidePage);
        _costing.Remove((name, insidePage));
        _fragmentCosts[(name, insidePage)] = cost;
        return cost;
    }
}
