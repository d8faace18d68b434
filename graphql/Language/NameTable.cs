using System.Runtime.CompilerServices;

namespace LiveSales.GraphQL.Language;

/// <summary>
/// Shares one string per name across parses, so repeated documents allocate no name strings.
/// A direct-mapped cache: a cheap hash of the characters picks one slot; a hit returns the
/// cached string, a miss allocates and takes the slot. Lock-free (a reference write is atomic)
/// and bounded, so hostile documents full of unique names only evict entries.
/// </summary>
internal static class NameTable
{
    private const int Slots = 8192;
    private const int MaxNameLength = 64;

    private static readonly string?[] s_slots = new string?[Slots];

    public static string Intern(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxNameLength)
        {
            return name.ToString();
        }

        ref string? slot = ref s_slots[Hash(name) & (Slots - 1)];
        string? cached = Volatile.Read(ref slot);
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        string value = name.ToString();
        Volatile.Write(ref slot, value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> name)
    {
        // FNV-1a over the UTF-16 units: names are short ASCII, so this is a handful of multiplies.
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash ^ (hash >> 15);
    }
}
