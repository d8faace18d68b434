using System.Buffers.Text;
using System.Text;
using LiveSales.GrainInterfaces;

namespace LiveSales.Grains.Common;

/// <summary>Page sizes and opaque keyset cursors (URL-safe base64 of the sort key).</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static int Size(int? first) => first switch
    {
        null => DefaultPageSize,
        < 0 => throw DomainException.BadInput("first must not be negative."),
        > MaxPageSize => throw DomainException.BadInput($"first must be at most {MaxPageSize}."),
        { } n => n,
    };

    public static string Encode(params string[] parts) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n', parts)));

    public static string[] Decode(string? cursor, int parts)
    {
        if (cursor is null)
        {
            return new string[parts];
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n');
            return decoded.Length == parts ? decoded : throw DomainException.BadInput("The cursor does not belong to this list.");
        }
        catch (FormatException)
        {
            throw DomainException.BadInput("The cursor is not valid.");
        }
    }

    /// <summary>Pages an in-memory list (newest first when <paramref name="items"/> is so ordered) by item id.</summary>
    public static Page<T> Slice<T>(IReadOnlyList<T> items, Func<T, string> idOf, int? first, string? after)
    {
        var size = Size(first);
        var start = 0;
        if (after is not null)
        {
            var afterId = Decode(after, 1)[0];
            var index = items.Select(idOf).ToList().IndexOf(afterId);
            start = index < 0 ? throw DomainException.BadInput("The cursor does not belong to this list.") : index + 1;
        }

        var page = items.Skip(start).Take(size).ToList();
        return new Page<T>(page, page.Count == 0 ? after : Encode(idOf(page[^1])), start + page.Count < items.Count);
    }
}
