namespace LiveSales.GraphQL.Utilities;

/// <summary>
/// The options close to an input, best first (edit distance with transpositions, case changes
/// counting as one edit; ties in natural order), as graphql-js's <c>suggestionList</c>.
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var byDistance = new Dictionary<string, int>(StringComparer.Ordinal);
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        string inputLower = input.ToLowerInvariant();
        foreach (string option in options)
        {
            int? distance = Measure(input, inputLower, option, threshold);
            if (distance is not null)
            {
                byDistance[option] = distance.Value;
            }
        }

        return [.. byDistance.Keys.Order(Comparer<string>.Create((a, b) =>
        {
            int difference = byDistance[a] - byDistance[b];
            return difference != 0 ? difference : NaturalCompare.Compare(a, b);
        }))];
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        string optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        string a = optionLower;
        string b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (int j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int[] up = rows[(i - 1) % 3];
            int[] current = rows[i % 3];
            int smallest = current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        int distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
