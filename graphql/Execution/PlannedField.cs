using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// One response key of a selection: its field nodes, definition and resolver, and memoized work
/// that does not change between objects — the sub-selection per object type, and the arguments
/// when they use no variables.
/// </summary>
internal sealed class PlannedField
{
    private static readonly IReadOnlyDictionary<string, object?> s_noArguments = new Dictionary<string, object?>();
    private (ObjectType Type, SelectionPlan Plan)[] _subPlans = [];
    private IReadOnlyDictionary<string, object?>? _constantArguments;

    public PlannedField(string responseKey, FieldNode[] nodes, FieldDefinition definition)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        Resolver = definition.Resolver ?? DefaultFieldResolver.Instance;
        if (definition.Resolver is null && definition.Type.GetNullableType() is ILeafType leaf)
        {
            DefaultResolvedLeaf = leaf;
        }

        ArgumentsUseVariables = definition.Arguments.Count > 0 && UsesVariables(nodes[0]);
        if (definition.Arguments.Count == 0)
        {
            _constantArguments = s_noArguments;
        }
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public FieldResolver Resolver { get; }

    /// <summary>
    /// The leaf type of a field read from its parent by the default resolver: such a field needs no
    /// resolver context or path unless it fails, so execution takes a shorter way for it.
    /// </summary>
    public ILeafType? DefaultResolvedLeaf { get; }

    private bool ArgumentsUseVariables { get; }

    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_constantArguments is { } constant)
        {
            return constant;
        }

        IReadOnlyDictionary<string, object?> arguments = ArgumentValues.Get(Definition.Arguments, Nodes[0], Nodes[0].Arguments, variables);
        if (!ArgumentsUseVariables)
        {
            _constantArguments = arguments;
        }

        return arguments;
    }

    /// <summary>The fields selected under this one on an object of <paramref name="type"/>.</summary>
    public SelectionPlan GetSubPlan(ObjectType type, OperationExecutor executor)
    {
        foreach ((ObjectType known, SelectionPlan plan) in _subPlans)
        {
            if (ReferenceEquals(known, type))
            {
                return plan;
            }
        }

        SelectionPlan created = FieldCollector.CollectSubfields(executor, type, Nodes);
        (ObjectType, SelectionPlan)[] current = _subPlans;
        _subPlans = [.. current, (type, created)];
        return created;
    }

    private static bool UsesVariables(FieldNode node)
    {
        foreach (ArgumentNode argument in node.Arguments)
        {
            if (ArgumentValues.UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }
}
