using System.Globalization;
using System.Text;

namespace Nexus.Web.Features.Search;

/// <summary>
/// The one tokenizer of search. Text is reduced here to lower-case runs of letters and digits without diacritics,
/// and only those words reach SQLite FTS5 and PostgreSQL tsvector: both engines then see the same words, which
/// is what makes results identical on both providers (left to themselves they split "n+1" or "celery.worker"
/// differently) and what makes user input harmless in an FTS5 query or a tsquery.
/// </summary>
public static class SearchText
{
    public const int MaxTokenLength = 64;

    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        foreach (var (start, length) in Spans(text ?? ""))
        {
            var token = Normalize(text!.AsSpan(start, length));
            if (token.Length is > 0 and <= MaxTokenLength)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>The space-separated word list the index stores for a piece of text.</summary>
    public static string Terms(string? text) => string.Join(' ', Tokenize(text));

    /// <summary>Where each word starts and how long it is in the original text (for highlighting).</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }

    public static string Normalize(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // Marks stay inside a word so that "café" written with a combining accent is one word, as it is precomposed.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
