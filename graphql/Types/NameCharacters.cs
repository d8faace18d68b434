using System.Buffers;

namespace LiveSales.GraphQL.Types;

/// <summary>The characters GraphQL names are made of.</summary>
internal static class NameCharacters
{
    public static SearchValues<char> Continue { get; } =
        SearchValues.Create("_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
