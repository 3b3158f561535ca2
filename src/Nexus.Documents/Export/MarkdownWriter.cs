using System.Text;

namespace Nexus.Documents;

/// <summary>Appends Markdown blocks separated by one blank line; empty blocks are skipped.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public void Block(string markdown)
    {
        if (markdown.Length == 0)
            return;
        if (_text.Length > 0)
            _text.Append("\n\n");
        _text.Append(markdown);
    }

    /// <summary>"**Label:** text" for one plain line; otherwise the label alone with the text as its own block.</summary>
    public void Labelled(string label, string markdown)
    {
        if (markdown.Length == 0)
            return;
        if (!markdown.Contains('\n') && !StartsBlock(markdown))
        {
            Block($"**{label}:** {markdown}");
            return;
        }
        Block($"**{label}:**");
        Block(markdown);
    }

    /// <summary>A list item; lines after the first are indented under the marker.</summary>
    public static string Bullet(string markdown) =>
        "- " + markdown.Replace("\n", "\n  ", StringComparison.Ordinal).Replace("\n  \n", "\n\n", StringComparison.Ordinal);

    /// <summary>
    /// A fence longer than any run of its character at the start of a code line, so the code cannot
    /// close it; tildes when the language holds a backtick, which a backtick fence may not.
    /// </summary>
    public static string Fence(string language, string code)
    {
        var fenceChar = language.Contains('`') ? '~' : '`';
        var longest = 2;
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var run = 0;
            while (run < trimmed.Length && trimmed[run] == fenceChar)
                run++;
            longest = Math.Max(longest, run);
        }
        var fence = new string(fenceChar, longest + 1);
        return $"{fence}{language}\n{code}\n{fence}";
    }

    public static string Link(string title, string url)
    {
        var destination = url.Any(c => c is ' ' or '(' or ')' or '<' or '>') ? $"<{url}>" : url;
        return title == url && !url.Contains(' ') ? $"<{url}>" : $"[{Inline.Escape(title)}]({destination})";
    }

    private static bool StartsBlock(string markdown)
    {
        var lines = new[] { markdown };
        return MarkdownLine.TryListMarker(markdown, out _, out _) || MarkdownLine.TryHeading(markdown, out _, out _)
            || MarkdownLine.IsThematicBreak(markdown) || FenceTracker.TryOpen(markdown, out _, out _, out _)
            || markdown.TrimStart().StartsWith('>') || MarkdownLine.StartsTable(lines, 0, 1) || markdown.StartsWith(' ');
    }

    public override string ToString() => _text.Length == 0 ? "" : _text.Append('\n').ToString();
}
