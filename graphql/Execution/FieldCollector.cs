using LiveSales.GraphQL.Language;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields: the fields of a selection set that apply to an object type, grouped by
/// response key in document order, after <c>@skip</c>/<c>@include</c> and fragment type conditions.
/// Fields the type does not define are left out.
/// </summary>
internal static class FieldCollector
{
    public static SelectionPlan CollectFields(OperationExecutor executor, ObjectType type, SelectionSetNode selectionSet)
    {
        var fields = new Collected();
        HashSet<string>? visited = null;
        Collect(executor, type, selectionSet, fields, ref visited);
        return fields.ToPlan(executor.Schema, type);
    }

    public static SelectionPlan CollectSubfields(OperationExecutor executor, ObjectType type, FieldNode[] nodes)
    {
        var fields = new Collected();
        HashSet<string>? visited = null;
        foreach (FieldNode node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(executor, type, selectionSet, fields, ref visited);
            }
        }

        return fields.ToPlan(executor.Schema, type);
    }

    private static void Collect(OperationExecutor executor, ObjectType type, SelectionSetNode selectionSet, Collected fields, ref HashSet<string>? visited)
    {
        foreach (SelectionNode selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(executor, field))
                    {
                        fields.Add(field.Alias?.Value ?? field.Name.Value, field);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ShouldInclude(executor, inline) && ConditionMatches(executor.Schema, inline.TypeCondition, type))
                    {
                        Collect(executor, type, inline.SelectionSet, fields, ref visited);
                    }

                    break;
                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    if ((visited is not null && visited.Contains(name)) || !ShouldInclude(executor, spread))
                    {
                        break;
                    }

                    (visited ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    if (executor.Fragments.TryGetValue(name, out FragmentDefinitionNode? fragment) && ConditionMatches(executor.Schema, fragment.TypeCondition, type))
                    {
                        Collect(executor, type, fragment.SelectionSet, fields, ref visited);
                    }

                    break;
            }
        }
    }

    private static bool ShouldInclude(OperationExecutor executor, SelectionNode node)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        foreach (DirectiveNode directive in node.Directives)
        {
            string name = directive.Name.Value;
            if (name == "skip" && IfArgument(executor, DirectiveDefinition.Skip, directive) == true)
            {
                return false;
            }

            if (name == "include" && IfArgument(executor, DirectiveDefinition.Include, directive) == false)
            {
                return false;
            }
        }

        return true;
    }

    private static bool? IfArgument(OperationExecutor executor, DirectiveDefinition definition, DirectiveNode directive)
    {
        IReadOnlyDictionary<string, object?> values = ArgumentValues.Get(definition.Arguments, directive, directive.Arguments, executor.Variables);
        return values.TryGetValue("if", out object? value) ? value as bool? : null;
    }

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        if (condition.Name.Value == type.Name)
        {
            return true;
        }

        GraphQLType? conditionType = TypeFromAst.Convert(schema, condition);
        return conditionType is InterfaceType or UnionType && schema.IsSubType((NamedType)conditionType, type);
    }

    /// <summary>Response keys in first-seen order with their field nodes.</summary>
    private sealed class Collected
    {
        private readonly List<string> _keys = [];
        private readonly List<List<FieldNode>> _nodes = [];
        private Dictionary<string, int>? _index;

        public void Add(string key, FieldNode node)
        {
            int found = Find(key);
            if (found >= 0)
            {
                _nodes[found].Add(node);
                return;
            }

            _keys.Add(key);
            _nodes.Add([node]);
            if (_index is not null)
            {
                _index[key] = _keys.Count - 1;
            }
            else if (_keys.Count > 8)
            {
                _index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < _keys.Count; i++)
                {
                    _index[_keys[i]] = i;
                }
            }
        }

        public SelectionPlan ToPlan(Schema schema, ObjectType type)
        {
            var fields = new List<PlannedField>(_keys.Count);
            for (int i = 0; i < _keys.Count; i++)
            {
                FieldNode[] nodes = [.. _nodes[i]];
                if (schema.GetField(type, nodes[0].Name.Value) is { } definition)
                {
                    fields.Add(new PlannedField(_keys[i], nodes, definition));
                }
            }

            return new SelectionPlan([.. fields]);
        }

        private int Find(string key)
        {
            if (_index is not null)
            {
                return _index.TryGetValue(key, out int at) ? at : -1;
            }

            for (int i = 0; i < _keys.Count; i++)
            {
                if (_keys[i] == key)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
