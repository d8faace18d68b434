namespace LiveSales.GraphQL.Utilities;

/// <summary>The " Did you mean ...?" tail of error messages, with at most five suggestions.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    /// <summary>With a sub-message: " Did you mean the enum value "A" or "B"?".</summary>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        string message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }

        var selected = quoted.Take(MaxSuggestions).ToList();
        string last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }
}
