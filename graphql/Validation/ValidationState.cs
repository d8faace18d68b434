using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Validation;

/// <summary>What all rules of one validation share: the document's indexes, caches and the error list.</summary>
internal sealed class ValidationState(Schema schema, DocumentNode document, ValidationOptions options)
{
    // Bounds the fragment graph work a hostile document can cause (graphql-js: 50,000 steps).
    private int _remainingFragmentWork = 50_000;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursiveFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<AstNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public Schema Schema { get; } = schema;

    public DocumentNode Document { get; } = document;

    public ValidationOptions Options { get; } = options;

    public TypeInfo TypeInfo { get; } = new(schema);

    public List<GraphQLError> Errors { get; } = [];

    public void Report(GraphQLError error)
    {
        if (Errors.Count >= Options.MaxErrors)
        {
            Errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.", rule: null, nodes: null));
            throw new ValidationAbortedException();
        }

        Errors.Add(error);
    }

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (DefinitionNode definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    public List<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out List<FragmentSpreadNode>? spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out SelectionSetNode? set))
        {
            for (int i = 0; i < set.Selections.Count; i++)
            {
                SelectionNode selection = set.Selections[i];
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperationDefinitionNode operation in operations)
        {
            foreach (FragmentSpreadNode spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        // Operations spreading the same set of fragments share one result.
        string key = string.Join(',', names.Order(StringComparer.Ordinal));
        if (_recursiveFragments.TryGetValue(key, out List<FragmentDefinitionNode>? fragments))
        {
            return fragments;
        }

        fragments = [];
        SpendFragmentWork(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is { } fragment)
            {
                fragments.Add(fragment);
                List<FragmentSpreadNode> spreads = GetFragmentSpreads(fragment.SelectionSet);
                SpendFragmentWork(spreads.Count);
                foreach (FragmentSpreadNode spread in spreads)
                {
                    if (seen.Add(spread.Name.Value))
                    {
                        names.Add(spread.Name.Value);
                    }
                }
            }
        }

        _recursiveFragments[key] = fragments;
        return fragments;
    }

    public List<VariableUsage> GetVariableUsages(AstNode node)
    {
        if (!_variableUsages.TryGetValue(node, out List<VariableUsage>? usages))
        {
            usages = VariableUsageCollector.Collect(Schema, node);
            _variableUsages[node] = usages;
        }

        return usages;
    }

    public List<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out List<VariableUsage>? usages))
        {
            return usages;
        }

        List<FragmentDefinitionNode> fragments = GetRecursivelyReferencedFragments([operation]);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out List<VariableUsage>? fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (FragmentDefinitionNode fragment in fragments)
            {
                List<VariableUsage> local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _recursiveVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException("Validation aborted.");
        }
    }
}
