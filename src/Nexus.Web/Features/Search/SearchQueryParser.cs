using System.Text;

namespace Nexus.Web.Features.Search;

/// <summary>The outcome of parsing: a query, or the reason (for a 400) why there is none.</summary>
public sealed record SearchParseResult(SearchQuery? Query, string? Error);

/// <summary>
/// Parses what a user types into a <see cref="SearchQuery"/>: words, <c>"exact phrases"</c>, <c>-excluded</c> words
/// or phrases, <c>prefix*</c> and <c>field:value</c> filters. It is lenient about syntax (an unbalanced quote runs
/// to the end, FTS operators and SQL are just words) and strict only about what cannot mean anything: unknown
/// filter values, too long or too many terms, nothing left to look for.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    public static readonly IReadOnlyList<string> Types = ["hub", "section", "challenge", "takeaway", "snippet"];
    private static readonly string[] Tracks = ["backend", "frontend", "fullstack"];
    private static readonly string[] Fields = ["tech", "concept", "type", "track", "cohort", "author"];

    /// <param name="asYouType">The user is still typing: the last word, unless followed by a space, is a prefix.</param>
    public static SearchParseResult Parse(string? text, bool asYouType = false)
    {
        if (text is not null && text.Length > MaxLength)
        {
            return Fail($"'q' must be at most {MaxLength} characters.");
        }

        var include = new List<SearchTerm>();
        var exclude = new List<SearchTerm>();
        var technologies = new List<string>();
        var concepts = new List<string>();
        var types = new List<string>();
        string? track = null, cohort = null, author = null;
        var filters = 0;

        foreach (var (raw, quoted, negated) in Split(text ?? ""))
        {
            if (!quoted && FilterOf(raw) is { } filter)
            {
                var value = filter.Value.Trim().ToLowerInvariant();
                if (value.Length == 0 || value.Length > 64)
                {
                    return Fail($"The filter '{filter.Field}:' needs a value of 1 to 64 characters.");
                }

                if (++filters > MaxTerms)
                {
                    return Fail($"A query may hold at most {MaxTerms} filters.");
                }

                switch (filter.Field)
                {
                    case "tech": technologies.Add(value); break;
                    case "concept": concepts.Add(value); break;
                    case "cohort": cohort = value; break;
                    case "author": author = value.TrimStart('@'); break;
                    case "type" when Types.Contains(value): types.Add(value); break;
                    case "type": return Fail($"'type:{value}' is not a type; use one of {string.Join(", ", Types)}.");
                    case "track" when Tracks.Contains(value): track = value; break;
                    default: return Fail($"'track:{value}' is not a track; use one of {string.Join(", ", Tracks)}.");
                }

                continue;
            }

            if (ToTerm(raw, quoted) is not { } term)
            {
                continue;
            }

            (negated ? exclude : include).Add(term);
            if (include.Count + exclude.Count > MaxTerms)
            {
                return Fail($"A query may hold at most {MaxTerms} words or phrases.");
            }
        }

        var parsedFilters = new SearchFilters(technologies.Distinct().ToList(), concepts.Distinct().ToList(), types.Distinct().ToList(), track, cohort, author);
        if (include.Count == 0 && !parsedFilters.Any)
        {
            return Fail(exclude.Count > 0
                ? "Exclusions alone match everything: add a word, a phrase or a filter to look for."
                : "'q' needs a word, a phrase or a filter (tech:, concept:, type:, track:, cohort:, author:).");
        }

        if (include.Count == 0 && exclude.Count > 0)
        {
            return Fail("Exclusions need a word or phrase to exclude from: add one.");
        }

        if (asYouType && include.Count > 0 && include[^1] is WordTerm { Prefix: false } last && !char.IsWhiteSpace(text![^1]) && text[^1] != '"')
        {
            include[^1] = last with { Prefix = true };
        }

        return new SearchParseResult(new SearchQuery(include, exclude, parsedFilters), null);
    }

    private static SearchTerm? ToTerm(string raw, bool quoted)
    {
        var prefix = !quoted && raw.EndsWith('*');
        var words = SearchText.Tokenize(raw);
        return words.Count switch
        {
            0 => null,
            1 => new WordTerm(words[0], prefix),
            // "n+1" or a quoted phrase: the words must stand together, as they do in the text.
            _ => new PhraseTerm(words),
        };
    }

    private static (string Field, string Value)? FilterOf(string raw)
    {
        var colon = raw.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var field = raw[..colon].ToLowerInvariant();
        return Fields.Contains(field) ? (field, raw[(colon + 1)..]) : null;
    }

    /// <summary>Splits on white space outside quotes; control characters count as white space.</summary>
    private static IEnumerable<(string Raw, bool Quoted, bool Negated)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !IsSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }

            var builder = new StringBuilder();
            var quoted = false;
            if (text[i] == '"')
            {
                quoted = true;
                i++;
                // An unbalanced quote runs to the end of the query rather than failing it.
                while (i < text.Length && text[i] != '"')
                {
                    builder.Append(IsSpace(text[i]) ? ' ' : text[i]);
                    i++;
                }

                i++;
            }
            else
            {
                while (i < text.Length && !IsSpace(text[i]))
                {
                    // A filter may take a quoted value: author:"grace hopper".
                    if (text[i] == '"' && builder.Length > 0 && builder[^1] == ':')
                    {
                        i++;
                        while (i < text.Length && text[i] != '"')
                        {
                            builder.Append(IsSpace(text[i]) ? ' ' : text[i]);
                            i++;
                        }

                        i++;
                        break;
                    }

                    builder.Append(text[i]);
                    i++;
                }
            }

            yield return (builder.ToString(), quoted, negated);
        }
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static SearchParseResult Fail(string error) => new(null, error);
}
