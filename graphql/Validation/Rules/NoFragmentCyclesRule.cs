using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation.Rules;

/// <summary>No fragment spreads itself, directly or through others (spec: Fragments Must Not Form Cycles).</summary>
public sealed class NoFragmentCyclesRule(ValidationContext validation) : AstVisitor
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(NoFragmentCyclesRule), c => new NoFragmentCyclesRule(c));

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, VisitContext context) => VisitAction.Skip;

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, VisitContext context)
    {
        DetectCycles(node);
        return VisitAction.Skip;
    }

    // A depth-first walk over spreads; each fragment is explored once, so the work is linear.
    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return;
        }

        StackGuard.Ensure();
        IReadOnlyList<FragmentSpreadNode> spreads = validation.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        foreach (FragmentSpreadNode spread in spreads)
        {
            string spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_pathIndexByName.TryGetValue(spreadName, out int cycleIndex))
            {
                if (validation.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }
            }
            else
            {
                List<FragmentSpreadNode> cycle = _spreadPath[cycleIndex..];
                string via = string.Join(", ", cycle[..^1].Select(s => $"\"{s.Name.Value}\""));
                validation.ReportError(
                    $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    [.. cycle]);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _pathIndexByName.Remove(name);
    }
}
