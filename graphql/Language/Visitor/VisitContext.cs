namespace LiveSales.GraphQL.Language;

/// <summary>Where the walker is: the ancestors of the node being entered or left.</summary>
public sealed class VisitContext
{
    private readonly List<AstNode> _ancestors = [];

    /// <summary>The nodes from the root down to (not including) the current node.</summary>
    public IReadOnlyList<AstNode> Ancestors => _ancestors;

    /// <summary>The nearest ancestor, or null at the root.</summary>
    public AstNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    internal void Push(AstNode node) => _ancestors.Add(node);

    internal void Pop() => _ancestors.RemoveAt(_ancestors.Count - 1);

    internal void Clear() => _ancestors.Clear();
}
