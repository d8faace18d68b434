using System.Collections;

namespace LiveSales.GraphQL.Types;

/// <summary>A set of types (by identity) that enumerates in insertion order and supports removal.</summary>
internal sealed class InsertionOrderedSet : IEnumerable<NamedType>
{
    private readonly LinkedList<NamedType> _order = new();
    private readonly Dictionary<NamedType, LinkedListNode<NamedType>> _nodes = new(ReferenceEqualityComparer.Instance);

    public bool Add(NamedType type)
    {
        if (_nodes.ContainsKey(type))
        {
            return false;
        }

        _nodes[type] = _order.AddLast(type);
        return true;
    }

    public void Remove(NamedType type)
    {
        if (_nodes.Remove(type, out LinkedListNode<NamedType>? node))
        {
            _order.Remove(node);
        }
    }

    public IEnumerator<NamedType> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
