namespace Nexus.Documents;

/// <summary>
/// Snippets: in a snippets section each sub-heading titles the code under it and the prose around the
/// code is its description; elsewhere a fenced block becomes a snippet titled by its section.
/// </summary>
internal static class SnippetParser
{
    public static void FromSection(IReadOnlyList<string> lines, int start, int end, string sectionTitle, List<SnippetDocument> into, LineJoiner residual)
    {
        var title = sectionTitle;
        var description = new LineJoiner(false);
        var pending = new List<(string Language, string Code)>();
        void Flush()
        {
            var text = description.ToString();
            for (var k = 0; k < pending.Count; k++)
                into.Add(new SnippetDocument(title, pending[k].Language, pending[k].Code, k == 0 ? text : ""));
            if (pending.Count == 0 && text.Length > 0)
            {
                if (title != sectionTitle)
                    residual.Add($"### {title}");
                residual.Add(text);
                residual.Add("");
            }
            pending.Clear();
            description = new LineJoiner(false);
        }
        foreach (var block in BlockReader.Read(lines, start, end))
        {
            if (block.Kind == BlockKind.Heading)
            {
                Flush();
                MarkdownLine.TryHeading(lines[block.Start], out _, out title);
            }
            else if (block.Kind == BlockKind.Fence)
            {
                pending.Add(ReadFence(lines, block));
            }
            else
            {
                description.AddRange(lines, block.Start, block.End);
            }
        }
        Flush();
    }

    public static (string Language, string Code) ReadFence(IReadOnlyList<string> lines, Block fence)
    {
        FenceTracker.TryOpen(lines[fence.Start], out var length, out var fenceChar, out var info);
        var closed = fence.End - 1 > fence.Start && FenceTracker.Closes(lines[fence.End - 1], length, fenceChar);
        var indent = MarkdownLine.Indent(lines[fence.Start]);
        var code = new List<string>();
        for (var i = fence.Start + 1; i < (closed ? fence.End - 1 : fence.End); i++)
            code.Add(lines[i][Math.Min(indent, MarkdownLine.Indent(lines[i]))..]);
        var language = info.Split(' ', 2)[0].Trim('{', '}', '.');
        return (language, string.Join('\n', code));
    }

    /// <summary>Fenced code anywhere in a section's Markdown; kept in the text and listed as a snippet unless already listed.</summary>
    public static void FromMarkdown(string markdown, string title, List<SnippetDocument> into, HashSet<(string Language, string Code)> listed)
    {
        if (!markdown.Contains("``", StringComparison.Ordinal) && !markdown.Contains("~~~", StringComparison.Ordinal))
            return;
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!FenceTracker.TryOpen(lines[i], out var length, out var fenceChar, out _))
                continue;
            var end = BlockReader.SkipFence(lines, i, lines.Length, length, fenceChar);
            var (language, code) = ReadFence(lines, new Block(BlockKind.Fence, i, end));
            if (listed.Add((language, code)))
                into.Add(new SnippetDocument(title, language, code, ""));
            i = end - 1;
        }
    }
}
