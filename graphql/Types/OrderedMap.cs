using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace LiveSales.GraphQL.Types;

/// <summary>A read-only map by name that enumerates in definition order; the first of duplicate names wins.</summary>
internal sealed class OrderedMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly Dictionary<string, TValue> _byName;
    private readonly List<TValue> _items;

    public OrderedMap(IEnumerable<TValue> items, Func<TValue, string> nameOf)
    {
        _byName = new Dictionary<string, TValue>(StringComparer.Ordinal);
        _items = [];
        var duplicates = new List<string>();
        foreach (TValue item in items)
        {
            if (_byName.TryAdd(nameOf(item), item))
            {
                _items.Add(item);
            }
            else
            {
                duplicates.Add(nameOf(item));
            }
        }

        Duplicates = duplicates;
    }

    /// <summary>Names given more than once (reported by schema validation).</summary>
    public IReadOnlyList<string> Duplicates { get; }

    public IReadOnlyList<TValue> Items => _items;

    public int Count => _items.Count;

    public IEnumerable<string> Keys => _byName.Keys;

    public IEnumerable<TValue> Values => _items;

    public TValue this[string key] => _byName[key];

    public bool ContainsKey(string key) => _byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value) => _byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        foreach (KeyValuePair<string, TValue> pair in _byName)
        {
            yield return pair;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
