namespace Nexus.GraphQL.Validation;

/// <summary>graphql-js's "Did you mean ...?" helpers: close names by edit distance, formatted as in its messages.</summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>Options close to <paramref name="input"/>, nearest first (graphql-js suggestionList).</summary>
    public static IReadOnlyList<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        return options
            .Select(option => (Option: option, Distance: Distance(input, option)))
            .Where(x => x.Distance <= threshold)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Option, StringComparer.Ordinal)
            .Select(x => x.Option)
            .ToList();
    }

    /// <summary>" Did you mean [subMessage] "a", "b", or "c"?" or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        return message + quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        } + "?";
    }

    /// <summary>Damerau-Levenshtein distance, case changes counting as one edit (graphql-js LexicalDistance).</summary>
    private static int Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var left = a.ToLowerInvariant();
        var right = b.ToLowerInvariant();
        if (left == right)
        {
            return 1;
        }

        var rows = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= right.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[left.Length, right.Length];
    }
}
