namespace Nexus.Documents;

/// <summary>
/// Splits lines into top-level blocks. A list item keeps everything indented under it (nested lists,
/// continuation paragraphs, code) so that parsers can read it as a unit or recurse into it.
/// </summary>
internal static class BlockReader
{
    public static List<Block> Read(IReadOnlyList<string> lines, int start, int end)
    {
        var blocks = new List<Block>();
        var i = start;
        while (i < end)
        {
            var block = ReadOne(lines, i, end);
            blocks.Add(block);
            i = block.End;
        }
        return blocks;
    }

    public static List<Block> Read(IReadOnlyList<string> lines) => Read(lines, 0, lines.Count);

    private static Block ReadOne(IReadOnlyList<string> lines, int i, int end)
    {
        var line = lines[i];
        if (MarkdownLine.IsBlank(line))
            return new Block(BlockKind.Blank, i, i + 1);
        if (FenceTracker.TryOpen(line, out var length, out var fenceChar, out _))
            return new Block(BlockKind.Fence, i, SkipFence(lines, i, end, length, fenceChar));
        if (MarkdownLine.TryHeading(line, out _, out _))
            return new Block(BlockKind.Heading, i, i + 1);
        if (MarkdownLine.IsThematicBreak(line))
            return new Block(BlockKind.Break, i, i + 1);
        if (MarkdownLine.TryListMarker(line, out var indent, out var column))
            return new Block(BlockKind.ListItem, i, ListItemEnd(lines, i, end, indent), column);
        if (MarkdownLine.StartsTable(lines, i, end))
        {
            var j = i + 2;
            while (j < end && !MarkdownLine.IsBlank(lines[j]) && lines[j].Contains('|'))
                j++;
            return new Block(BlockKind.Table, i, j);
        }
        var k = i + 1;
        while (k < end && !MarkdownLine.IsBlank(lines[k]) && !StartsOtherBlock(lines, k, end))
            k++;
        return new Block(BlockKind.Paragraph, i, k);
    }

    public static int SkipFence(IReadOnlyList<string> lines, int open, int end, int length, char fenceChar)
    {
        for (var j = open + 1; j < end; j++)
        {
            if (FenceTracker.Closes(lines[j], length, fenceChar))
                return j + 1;
        }
        return end;
    }

    private static int ListItemEnd(IReadOnlyList<string> lines, int i, int end, int indent)
    {
        var j = i + 1;
        while (j < end)
        {
            var line = lines[j];
            if (MarkdownLine.IsBlank(line))
            {
                var next = j;
                while (next < end && MarkdownLine.IsBlank(lines[next]))
                    next++;
                if (next < end && MarkdownLine.Indent(lines[next]) > indent)
                {
                    j = next;
                    continue;
                }
                return j;
            }
            if (MarkdownLine.Indent(line) > indent)
            {
                j = FenceTracker.TryOpen(line, out var length, out var fenceChar, out _)
                    ? SkipFence(lines, j, end, length, fenceChar)
                    : j + 1;
                continue;
            }
            // A lazy continuation line: plain text directly under the item.
            if (StartsOtherBlock(lines, j, end))
                return j;
            j++;
        }
        return j;
    }

    private static bool StartsOtherBlock(IReadOnlyList<string> lines, int k, int end)
    {
        var line = lines[k];
        return FenceTracker.TryOpen(line, out _, out _, out _)
            || MarkdownLine.TryHeading(line, out _, out _)
            || MarkdownLine.IsThematicBreak(line)
            || MarkdownLine.TryListMarker(line, out _, out _)
            || MarkdownLine.StartsTable(lines, k, end)
            || line.TrimStart().StartsWith('>');
    }

    /// <summary>An item's text: the first line after its marker, then the lines under it, de-indented to the item's column.</summary>
    public static List<string> ItemLines(IReadOnlyList<string> lines, Block item)
    {
        var first = lines[item.Start];
        var result = new List<string>(item.End - item.Start) { item.ContentColumn < first.Length ? first[item.ContentColumn..] : "" };
        for (var j = item.Start + 1; j < item.End; j++)
        {
            var line = lines[j];
            result.Add(line[Math.Min(MarkdownLine.Indent(line), item.ContentColumn)..]);
        }
        while (result.Count > 1 && MarkdownLine.IsBlank(result[^1]))
            result.RemoveAt(result.Count - 1);
        return result;
    }
}
