using System.Net;
using System.Text;

namespace Nexus.Web.Features.Search;

/// <summary>A short, HTML-escaped excerpt of a document around the first matched word, matches in &lt;mark&gt;.</summary>
public static class SearchHighlighter
{
    private const int Before = 8;
    private const int Width = 32;

    public static string Snippet(string text, IReadOnlySet<string> words, IReadOnlyList<string> prefixes)
    {
        var spans = SearchText.Spans(text).ToList();
        if (spans.Count == 0)
        {
            return "";
        }

        bool Matches((int Start, int Length) span)
        {
            var token = SearchText.Normalize(text.AsSpan(span.Start, span.Length));
            return words.Contains(token) || prefixes.Any(p => token.StartsWith(p, StringComparison.Ordinal));
        }

        var first = spans.FindIndex(s => Matches(s));
        var from = Math.Max(0, first - Before);
        var to = Math.Min(spans.Count, from + Width);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        var position = spans[from].Start;
        for (var i = from; i < to; i++)
        {
            var span = spans[i];
            html.Append(WebUtility.HtmlEncode(Flatten(text[position..span.Start])));
            var word = WebUtility.HtmlEncode(text.Substring(span.Start, span.Length));
            html.Append(Matches(span) ? $"<mark>{word}</mark>" : word);
            position = span.Start + span.Length;
        }

        if (to < spans.Count)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    // Line breaks and control characters between words read as one space in a one-line excerpt.
    private static string Flatten(string between) =>
        between.Any(c => char.IsControl(c) || c == '\n') ? new string([.. between.Select(c => char.IsControl(c) ? ' ' : c)]) : between;
}
