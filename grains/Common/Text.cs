using LiveSales.GrainInterfaces;

namespace LiveSales.Grains.Common;

/// <summary>Field checks shared by the input validators: trimmed, bounded, blank optional fields become null.</summary>
public static class Text
{
    public const int NameLength = 200;
    public const int FieldLength = 100;
    public const int LongText = 10_000;

    public static string Required(string? value, string field, int maxLength = NameLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw DomainException.BadInput($"{field} is required.");
        }

        return MaxLength(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength = FieldLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    public static IReadOnlyList<string> Tags(IReadOnlyList<string>? tags)
    {
        if (tags is null)
        {
            return [];
        }

        if (tags.Count > 50)
        {
            throw DomainException.BadInput("At most 50 tags.");
        }

        return tags.Select(t => Required(t, "tag", 50)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string? Id(string? id, string field)
    {
        if (id is null)
        {
            return null;
        }

        if (!Ids.IsWellFormed(id))
        {
            throw DomainException.BadInput($"{field} '{id}' is not a valid id.");
        }

        return id;
    }

    private static string MaxLength(string value, string field, int maxLength) =>
        value.Length <= maxLength ? value : throw DomainException.BadInput($"{field} is longer than {maxLength} characters.");
}
