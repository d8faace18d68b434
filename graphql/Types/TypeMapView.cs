using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace LiveSales.GraphQL.Types;

/// <summary>The schema's type map: lookup by name, enumeration in schema order.</summary>
internal sealed class TypeMapView(Dictionary<string, NamedType> byName, List<NamedType> ordered) : IReadOnlyDictionary<string, NamedType>
{
    public int Count => ordered.Count;

    public IEnumerable<string> Keys => ordered.Select(t => t.Name);

    public IEnumerable<NamedType> Values => ordered;

    public NamedType this[string key] => byName[key];

    public bool ContainsKey(string key) => byName.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out NamedType value) => byName.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, NamedType>> GetEnumerator() =>
        ordered.Select(t => new KeyValuePair<string, NamedType>(t.Name, t)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
