using Markdig;

namespace Nexus.Documents;

/// <summary>
/// Markdown → HTML that is safe to show: Markdig renders (raw HTML allowed, as READMEs use it), then
/// an allow-list sanitizer removes scripts, event handlers, styles, frames and unsafe URLs.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseAutoIdentifiers()
        .Build();

    /// <exception cref="DocumentRejectedException">Nesting deep enough to endanger the renderer.</exception>
    public static string ToHtml(string markdown, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        limits ??= ImportLimits.Default;
        GuardNesting(markdown, limits);
        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's own guard against inline nesting it cannot render.
            throw new DocumentRejectedException("too-deeply-nested", "The text nests Markdown elements too deeply to render.");
        }
        return HtmlSanitizer.Sanitize(html);
    }

    private static void GuardNesting(string markdown, ImportLimits limits)
    {
        var span = markdown.AsSpan();
        foreach (var line in span.Split('\n'))
        {
            if (InputGuard.NestingDepth(span[line]) > limits.MaxNestingDepth)
                throw new DocumentRejectedException("too-deeply-nested", $"The text nests lists or quotes more than {limits.MaxNestingDepth} levels deep.");
        }
        if (InputGuard.BracketDepth(markdown) > limits.MaxNestingDepth * 8)
            throw new DocumentRejectedException("too-deeply-nested", "The text nests brackets too deeply to render.");
        if (InputGuard.HtmlDepth(markdown) > limits.MaxNestingDepth * 8)
            throw new DocumentRejectedException("too-deeply-nested", "The text nests HTML tags too deeply to render.");
    }
}
