using System.Collections.Concurrent;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// Shares one string per name across parses, so that repeated documents allocate no name strings.
/// Bounded in count and length: names past the bounds are allocated as usual, so hostile documents
/// full of unique names cannot grow it without limit.
/// </summary>
internal static class NameTable
{
    private const int MaxNames = 16_384;
    private const int MaxNameLength = 64;

    private static readonly ConcurrentDictionary<string, string> s_names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int s_count;

    public static string Intern(ReadOnlySpan<char> name)
    {
        if (s_lookup.TryGetValue(name, out string? existing))
        {
            return existing;
        }

        string value = name.ToString();
        if (name.Length <= MaxNameLength && Volatile.Read(ref s_count) < MaxNames && s_names.TryAdd(value, value))
        {
            Interlocked.Increment(ref s_count);
        }

        return value;
    }
}
