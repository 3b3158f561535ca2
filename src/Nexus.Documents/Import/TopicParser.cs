namespace Nexus.Documents;

/// <summary>
/// Technologies or concepts from list items (every bullet shape, nested lists flattened) and from
/// two-column tables. The learner's text after the name becomes the note.
/// </summary>
internal static class TopicParser
{
    private static readonly string[] CombinedSeparators = [" & ", " + ", " and ", ", ", " / "];

    public static void FromItem(IReadOnlyList<string> itemLines, Catalogue catalogue, TopicKind kind, List<TopicNote> into)
    {
        var (name, note) = Inline.SplitNameNote(itemLines[0]);
        var nested = new List<TopicNote>();
        var noteLines = new LineJoiner(false);
        noteLines.Add(note);
        foreach (var block in BlockReader.Read(itemLines, 1, itemLines.Count))
        {
            if (block.Kind == BlockKind.ListItem)
                FromItem(BlockReader.ItemLines(itemLines, block), catalogue, kind, nested);
            else
                noteLines.AddRange(itemLines, block.Start, block.End);
        }
        if (name.Length > 0)
            Add(name, noteLines.ToString(), catalogue, kind, into);
        into.AddRange(nested);
    }

    public static bool FromTable(IReadOnlyList<string> lines, Block table, Catalogue catalogue, TopicKind kind, List<TopicNote> into)
    {
        if (MarkdownLine.Cells(lines[table.Start]).Count < 2)
            return false;
        for (var i = table.Start + 2; i < table.End; i++)
        {
            var cells = MarkdownLine.Cells(lines[i]);
            var name = Inline.StripEmphasis(Inline.Unescape(cells[0]));
            if (name.Length > 0)
                Add(name, string.Join(" | ", cells.Skip(1).Where(c => c.Length > 0)), catalogue, kind, into);
        }
        return true;
    }

    /// <summary>"Celery & RabbitMQ" is two catalogue entries sharing one note; an unknown combination stays one name.</summary>
    private static void Add(string name, string note, Catalogue catalogue, TopicKind kind, List<TopicNote> into)
    {
        if (catalogue.MatchExact(name, kind) is { } exact)
        {
            into.Add(new TopicNote(exact.Slug, name, note));
            return;
        }
        foreach (var separator in CombinedSeparators)
        {
            // "Python (Django, DRF)" is one name: separators inside brackets do not combine.
            if (!name.Contains(separator, StringComparison.Ordinal) || name.Contains('('))
                continue;
            var parts = name.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var matches = parts.Select(p => catalogue.Match(p, kind)).ToArray();
            if (parts.Length > 1 && matches.All(m => m is not null))
            {
                for (var i = 0; i < parts.Length; i++)
                    into.Add(new TopicNote(matches[i]!.Slug, parts[i], note));
                return;
            }
        }
        into.Add(new TopicNote(catalogue.Match(name, kind)?.Slug, name, note));
    }
}
