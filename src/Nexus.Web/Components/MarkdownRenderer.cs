using Microsoft.Extensions.Caching.Memory;
using Nexus.Documents;

namespace Nexus.Web.Components;

/// <summary>
/// Learner Markdown as safe HTML (<see cref="SafeMarkdown"/>), cached by the text itself: a hub page renders dozens of
/// blocks and the sanitizer parses each into a DOM, while the texts change only when a hub is saved.
/// </summary>
public sealed class MarkdownRenderer(IMemoryCache cache)
{
    private const int MaxCachedText = 64 * 1024;

    public string ToHtml(string markdown)
    {
        if (markdown.Length > MaxCachedText)
        {
            return Render(markdown);
        }

        var key = new CacheKey(markdown);
        if (cache.TryGetValue(key, out string? html))
        {
            return html!;
        }

        html = Render(markdown);
        cache.Set(key, html, new MemoryCacheEntryOptions { Size = (markdown.Length + html.Length) * 2, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return html;
    }

    private static string Render(string markdown)
    {
        try
        {
            return SafeMarkdown.ToHtml(markdown);
        }
        catch (DocumentRejectedException)
        {
            // Nesting too deep to render: show the text itself, escaped.
            return $"<pre>{System.Net.WebUtility.HtmlEncode(markdown)}</pre>";
        }
    }

    /// <summary>Its own key type, so no other cache entry can collide with a text.</summary>
    private sealed record CacheKey(string Markdown);
}
