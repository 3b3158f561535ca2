namespace Nexus.Documents;

/// <summary>
/// Finds the title and the section headings. A heading deeper than the current section's stays inside
/// it (sub-headings of a challenge, "### Worked With"), unless it is recognised as a different kind of
/// section — then README authors used a deeper level for a real section.
/// </summary>
internal static class DocumentSplitter
{
    public static RawDocument Split(string text)
    {
        var lines = text.Split('\n');
        var headings = FindHeadings(lines);
        var title = "";
        var titleLine = 0;
        var summaryStart = 0;
        var first = 0;
        if (headings.Count > 0 && headings[0].Level == 1)
        {
            title = headings[0].Text;
            titleLine = headings[0].Line;
            summaryStart = headings[0].End;
            first = 1;
        }
        var sections = new List<RawSection>();
        var summaryEnd = first < headings.Count ? headings[first].Line : lines.Length;
        var current = (Level: 0, Role: HeadingRole.Custom, Index: -1);
        for (var h = first; h < headings.Count; h++)
        {
            var heading = headings[h];
            var role = HeadingClassifier.Classify(heading.Text);
            if (current.Index >= 0 && heading.Level > current.Level && !StartsNewSection(current.Role, role))
                continue;
            if (current.Index >= 0)
                sections[current.Index] = sections[current.Index] with { BodyEnd = heading.Line };
            sections.Add(new RawSection(heading.Text, heading.Level, role, heading.End, lines.Length));
            current = (heading.Level, role, sections.Count - 1);
        }
        return new RawDocument(lines, title, titleLine, summaryStart, summaryEnd, sections);
    }

    private static bool StartsNewSection(HeadingRole current, HeadingRole candidate) =>
        current is not (HeadingRole.Challenges or HeadingRole.Snippets or HeadingRole.Projects)
        && candidate != HeadingRole.Custom
        && candidate != current;

    private readonly record struct Heading(int Line, int End, int Level, string Text);

    private static List<Heading> FindHeadings(string[] lines)
    {
        var headings = new List<Heading>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (FenceTracker.TryOpen(line, out var length, out var fenceChar, out _))
            {
                i = BlockReader.SkipFence(lines, i, lines.Length, length, fenceChar) - 1;
                continue;
            }
            if (MarkdownLine.TryHeading(line, out var level, out var text))
            {
                headings.Add(new Heading(i, i + 1, level, text));
                continue;
            }
            if (IsSetextText(lines, i) && MarkdownLine.IsSetextUnderline(lines[i + 1], out level))
            {
                headings.Add(new Heading(i, i + 2, level, line.Trim()));
                i++;
            }
        }
        return headings;
    }

    /// <summary>Only a one-line paragraph of plain text can be underlined into a heading.</summary>
    private static bool IsSetextText(string[] lines, int i) =>
        i + 1 < lines.Length
        && (i == 0 || MarkdownLine.IsBlank(lines[i - 1]))
        && !MarkdownLine.IsBlank(lines[i])
        && MarkdownLine.Indent(lines[i]) <= 3
        && !MarkdownLine.TryListMarker(lines[i], out _, out _)
        && !MarkdownLine.IsThematicBreak(lines[i])
        && !lines[i].Contains('|')
        && !lines[i].TrimStart().StartsWith('>');
}
