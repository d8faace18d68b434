using System.Globalization;
using System.Text;

namespace LiveSales.GraphQL.Types;

/// <summary>
/// A response path (<c>customers.edges[0].node</c>) as an immutable linked list: each step is a
/// field name (response key) or a list index. Appending allocates one small node.
/// </summary>
public sealed class Path
{
    private Path(Path? previous, string? name, int index, string? typeName)
    {
        Previous = previous;
        Name = name;
        Index = index;
        TypeName = typeName;
    }

    public Path? Previous { get; }

    /// <summary>The response key of a field step; null for an index step.</summary>
    public string? Name { get; }

    /// <summary>The list index of an index step; -1 for a field step.</summary>
    public int Index { get; }

    /// <summary>The parent type of a field step, when known.</summary>
    public string? TypeName { get; }

    public bool IsIndex => Name is null;

    /// <summary>The step as it appears in a response's error path: a string or a boxed int.</summary>
    public object Key => Name ?? (object)Index;

    /// <summary>A path of one field step.</summary>
    public static Path Root(string name, string? typeName = null) => new(null, name, -1, typeName);

    public Path Append(string name, string? typeName = null) => new(this, name, -1, typeName);

    public Path Append(int index) => new(this, null, index, null);

    /// <summary>The steps from the root: strings and ints, as an error's <c>path</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        int count = 0;
        for (Path? p = this; p is not null; p = p.Previous)
        {
            count++;
        }

        var steps = new object[count];
        for (Path? p = this; p is not null; p = p.Previous)
        {
            steps[--count] = p.Key;
        }

        return steps;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (object step in ToList())
        {
            if (step is int index)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                text.Append(text.Length == 0 ? string.Empty : ".").Append(step);
            }
        }

        return text.ToString();
    }
}
