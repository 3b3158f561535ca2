namespace Nexus.Documents;

/// <summary>
/// Projects: "### Name" blocks with labelled "Repository:" and "Role:" lines (the rest is the
/// description), or list items "[Name](url) – description" / "**Name** – description".
/// </summary>
internal static class ProjectParser
{
    public static void FromSection(IReadOnlyList<string> lines, int start, int end, List<ProjectDocument> into, LineJoiner residual)
    {
        var blocks = BlockReader.Read(lines, start, end);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                MarkdownLine.TryHeading(lines[block.Start], out _, out var name);
                var next = b + 1;
                while (next < blocks.Count && blocks[next].Kind != BlockKind.Heading)
                    next++;
                var bodyEnd = next < blocks.Count ? blocks[next].Start : end;
                into.Add(FromBlock(name, lines, block.End, bodyEnd));
                b = next - 1;
            }
            else if (block.Kind == BlockKind.ListItem)
            {
                into.Add(FromItem(BlockReader.ItemLines(lines, block)));
            }
            else
            {
                residual.AddRange(lines, block.Start, block.End);
            }
        }
    }

    private static ProjectDocument FromBlock(string name, IReadOnlyList<string> lines, int start, int end)
    {
        string repository = "", role = "";
        var description = new LineJoiner(false);
        for (var i = start; i < end; i++)
        {
            if (Label.TryRead(lines[i], out var label, out var rest) && !MarkdownLine.TryHeading(lines[i].Trim(), out _, out _))
            {
                switch (Label.Key(label))
                {
                    case "repository" or "repo" or "source" or "code" or "github" or "link" or "url":
                        repository = UrlOf(rest);
                        continue;
                    case "role" or "my role" or "position":
                        role = rest;
                        continue;
                }
            }
            description.Add(lines[i]);
        }
        return new ProjectDocument(name, description.ToString(), repository, role);
    }

    private static ProjectDocument FromItem(List<string> item)
    {
        if (ResourceParser.TryParse(item[0], out var link) && item[0].TrimStart().StartsWith('['))
        {
            var text = item[0].Trim();
            var close = text.IndexOf("](", StringComparison.Ordinal);
            var urlEnd = text.IndexOf(')', close);
            var name = Inline.Unescape(text[1..close]);
            item[0] = Inline.StripSeparator(text[(urlEnd + 1)..]);
            return new ProjectDocument(name, LineJoinerOf(item), link.Url, "");
        }
        var (plainName, note) = Inline.SplitNameNote(item[0]);
        item[0] = note;
        return new ProjectDocument(plainName, LineJoinerOf(item), "", "");
    }

    private static string LineJoinerOf(List<string> lines)
    {
        var joiner = new LineJoiner(false);
        joiner.AddRange(lines, 0, lines.Count);
        return joiner.ToString();
    }

    private static string UrlOf(string value)
    {
        var url = ResourceParser.AnyUrl().Match(value);
        return url.Success ? url.Value : value.Trim('<', '>', ' ');
    }
}
