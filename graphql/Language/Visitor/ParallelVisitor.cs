using System.Collections.Concurrent;
using System.Reflection;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js's <c>visitInParallel</c>): each sees every node in
/// order; a visitor that skips a subtree or breaks stops seeing it without affecting the others.
/// Only visitors that override a node kind's methods are called for nodes of that kind.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private static readonly ConcurrentDictionary<Type, Interest> s_interests = new();

    private readonly AstVisitor[] _visitors;
    private readonly AstNode?[] _skipping;
    private readonly bool[] _broken;
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private int _skippingCount;

    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new AstNode?[_visitors.Length];
        _broken = new bool[_visitors.Length];
        int kinds = Enum.GetValues<NodeKind>().Length;
        _enterByKind = new int[kinds][];
        _leaveByKind = new int[kinds][];
        Interest[] interests = [.. _visitors.Select(v => s_interests.GetOrAdd(v.GetType(), Interest.Of))];
        for (int kind = 0; kind < kinds; kind++)
        {
            _enterByKind[kind] = [.. Enumerable.Range(0, _visitors.Length).Where(i => interests[i].Enter[kind])];
            _leaveByKind[kind] = [.. Enumerable.Range(0, _visitors.Length).Where(i => interests[i].Leave[kind])];
        }
    }

    public override VisitAction Enter(AstNode node, VisitContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (int i in _enterByKind[(int)node.Kind])
        {
            if (_skipping[i] is not null || _broken[i])
            {
                continue;
            }

            VisitAction action = _visitors[i].Enter(node, context);
            if (action == VisitAction.Skip)
            {
                _skipping[i] = node;
                _skippingCount++;
            }
            else if (action == VisitAction.Break)
            {
                _broken[i] = true;
            }
        }

        return VisitAction.Continue;
    }

    public override VisitAction Leave(AstNode node, VisitContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (int i in _leaveByKind[(int)node.Kind])
        {
            if (_skipping[i] is null && !_broken[i] && _visitors[i].Leave(node, context) == VisitAction.Break)
            {
                _broken[i] = true;
            }
        }

        if (_skippingCount > 0)
        {
            for (int i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skippingCount--;
                }
            }
        }

        return VisitAction.Continue;
    }

    /// <summary>Which node kinds a visitor type overrides Enter or Leave methods for.</summary>
    private sealed record Interest(bool[] Enter, bool[] Leave)
    {
        public static Interest Of(Type type)
        {
            NodeKind[] kinds = Enum.GetValues<NodeKind>();
            bool all = Overrides(type, nameof(AstVisitor.Enter), typeof(AstNode));
            bool allLeave = Overrides(type, nameof(AstVisitor.Leave), typeof(AstNode));
            var enter = new bool[kinds.Length];
            var leave = new bool[kinds.Length];
            foreach (NodeKind kind in kinds)
            {
                Type nodeType = typeof(AstNode).Assembly.GetType($"{typeof(AstNode).Namespace}.{kind}Node")!;
                enter[(int)kind] = all || Overrides(type, "Enter" + kind, nodeType);
                leave[(int)kind] = allLeave || Overrides(type, "Leave" + kind, nodeType);
            }

            return new Interest(enter, leave);
        }

        private static bool Overrides(Type type, string name, Type nodeType)
        {
            MethodInfo? method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, [nodeType, typeof(VisitContext)]);
            return method is not null && method.DeclaringType != typeof(AstVisitor);
        }
    }
}
