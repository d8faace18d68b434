using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace LiveSales.GraphQL.Execution;

/// <summary>
/// The completed value of an object field: response keys (shared by every object of one selection)
/// and values in selection order. Values are null, serialized leaves, lists (<c>object?[]</c>) or maps.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly SelectionPlan _plan;

    internal ResultMap(SelectionPlan plan)
    {
        _plan = plan;
        Values = new object?[plan.Fields.Length];
    }

    internal object?[] Values { get; }

    internal SelectionPlan Plan => _plan;

    public int Count => Values.Length;

    public IEnumerable<string> Keys => _plan.Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out object? value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(_plan.Keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int index = Array.IndexOf(_plan.Keys, key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < Values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_plan.Keys[i], Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
