namespace Nexus.Documents;

/// <summary>
/// Joins lines into Markdown text: leading and trailing blank lines and trailing thematic breaks go
/// (separators are layout; the exporter draws its own), runs of blank lines become one when asked.
/// </summary>
internal sealed class LineJoiner(bool collapseBlankLines)
{
    private readonly List<string> _lines = [];

    public int BreaksRemoved { get; private set; }

    public void Add(string line) => _lines.Add(line);

    public void AddRange(IReadOnlyList<string> lines, int start, int end)
    {
        for (var i = start; i < end; i++)
            _lines.Add(lines[i]);
    }

    public override string ToString()
    {
        var end = _lines.Count;
        while (end > 0 && (MarkdownLine.IsBlank(_lines[end - 1]) || MarkdownLine.IsThematicBreak(_lines[end - 1])))
        {
            if (!MarkdownLine.IsBlank(_lines[end - 1]))
                BreaksRemoved++;
            end--;
        }
        var start = 0;
        while (start < end && MarkdownLine.IsBlank(_lines[start]))
            start++;
        var builder = new System.Text.StringBuilder();
        var previousBlank = false;
        for (var i = start; i < end; i++)
        {
            var blank = MarkdownLine.IsBlank(_lines[i]);
            if (blank && previousBlank && collapseBlankLines)
                continue;
            if (i > start)
                builder.Append('\n');
            builder.Append(blank ? "" : _lines[i]);
            previousBlank = blank;
        }
        return builder.ToString();
    }

    public static string Join(IReadOnlyList<string> lines, int start, int end)
    {
        var joiner = new LineJoiner(false);
        joiner.AddRange(lines, start, end);
        return joiner.ToString();
    }
}
