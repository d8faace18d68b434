using System.Collections.Concurrent;
using System.Reflection;
using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Validation;

/// <summary>
/// Runs the rules' visitors in one walk, as <see cref="ParallelVisitor"/> does (a visitor that skips a
/// subtree or breaks stops seeing it, the others go on), calling each only for the node kinds it
/// overrides. Which visitor wants which kind is worked out once per list of visitor types, since
/// the same rules validate every document.
/// </summary>
internal sealed class RuleDispatcher : AstVisitor
{
    private static readonly ConcurrentDictionary<TypeList, Plan> s_plans = new();
    private static readonly int s_kinds = Enum.GetValues<NodeKind>().Length;

    private readonly AstVisitor[] _visitors;
    private readonly Plan _plan;
    private readonly AstNode?[] _skipping;
    private readonly bool[] _broken;
    private int _inactive;

    public RuleDispatcher(AstVisitor[] visitors)
    {
        _visitors = visitors;
        _skipping = new AstNode?[visitors.Length];
        _broken = new bool[visitors.Length];
        var types = new Type[visitors.Length];
        for (int i = 0; i < visitors.Length; i++)
        {
            types[i] = visitors[i].GetType();
        }

        _plan = s_plans.GetOrAdd(new TypeList(types), static (_, visitors) => Plan.For(visitors), visitors);
    }

    public override VisitAction Enter(AstNode node, VisitContext context)
    {
        foreach (int i in _plan.Enter[(int)node.Kind])
        {
            if (_inactive > 0 && (_skipping[i] is not null || _broken[i]))
            {
                continue;
            }

            VisitAction action = _visitors[i].Enter(node, context);
            if (action == VisitAction.Skip)
            {
                _skipping[i] = node;
                _inactive++;
            }
            else if (action == VisitAction.Break)
            {
                _broken[i] = true;
                _inactive++;
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, VisitContext context)
    {
        foreach (int i in _plan.Leave[(int)node.Kind])
        {
            if ((_inactive == 0 || (_skipping[i] is null && !_broken[i])) && _visitors[i].Leave(node, context) == VisitAction.Break)
            {
                _broken[i] = true;
                _inactive++;
            }
        }

        if (_inactive > 0)
        {
            for (int i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _inactive--;
                }
            }
        }

        return VisitAction.Continue;
    }

    /// <summary>A list of visitor types compared by content, the key of a plan.</summary>
    private sealed class TypeList(Type[] types) : IEquatable<TypeList>
    {
        private readonly int _hash = types.Aggregate(types.Length, (hash, type) => HashCode.Combine(hash, type));

        public bool Equals(TypeList? other) => other is not null && types.AsSpan().SequenceEqual(other.Types);

        public override bool Equals(object? obj) => Equals(obj as TypeList);

        public override int GetHashCode() => _hash;

        private Type[] Types => types;
    }

    /// <summary>Per node kind, the indexes of the visitors that override its Enter or Leave.</summary>
    private sealed record Plan(int[][] Enter, int[][] Leave)
    {
        public static Plan For(AstVisitor[] visitors)
        {
            var enter = new int[s_kinds][];
            var leave = new int[s_kinds][];
            bool[][] enters = [.. visitors.Select(v => Overrides(v.GetType(), "Enter"))];
            bool[][] leaves = [.. visitors.Select(v => Overrides(v.GetType(), "Leave"))];
            for (int kind = 0; kind < s_kinds; kind++)
            {
                enter[kind] = [.. Enumerable.Range(0, visitors.Length).Where(i => enters[i][kind])];
                leave[kind] = [.. Enumerable.Range(0, visitors.Length).Where(i => leaves[i][kind])];
            }

            return new Plan(enter, leave);
        }

        private static bool[] Overrides(Type type, string prefix)
        {
            bool all = Declared(type, prefix, typeof(AstNode));
            var kinds = new bool[s_kinds];
            foreach (NodeKind kind in Enum.GetValues<NodeKind>())
            {
                Type nodeType = typeof(AstNode).Assembly.GetType($"{typeof(AstNode).Namespace}.{kind}Node")!;
                kinds[(int)kind] = all || Declared(type, prefix + kind, nodeType);
            }

            return kinds;
        }

        private static bool Declared(Type type, string name, Type nodeType)
        {
            MethodInfo? method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [nodeType, typeof(VisitContext)]);
            return method is not null && method.DeclaringType != typeof(AstVisitor);
        }
    }
}
