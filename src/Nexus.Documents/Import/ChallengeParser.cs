using System.Text.RegularExpressions;

namespace Nexus.Documents;

/// <summary>
/// Challenges from a challenges section: sub-heading blocks ("### Challenge 1: Title", "### 1. Title"),
/// tables ("| Challenge | Solution |"), and bullets ("**Steep Learning Curve**: …"). Anything else is
/// left for the section's own text.
/// </summary>
internal static partial class ChallengeParser
{
    // Repeated prefixes ("Challenge 2: 2. Title") all go, so that cleaning a clean title changes nothing.
    [GeneratedRegex(@"^(?:(?:challenge|problem|issue)\s*#?\d*\s*[:.)\-–—]\s*|\d+\s*[.):\-–—]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    public static List<ChallengeDocument> Parse(IReadOnlyList<string> lines, int start, int end, LineJoiner residual)
    {
        var challenges = new List<ChallengeDocument>();
        var blocks = BlockReader.Read(lines, start, end);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    b = FromHeading(lines, blocks, b, end, challenges);
                    break;
                case BlockKind.Table when FromTable(lines, block, challenges):
                    break;
                case BlockKind.Paragraph when ChallengeParts.StartsWithProblemLabel(lines[block.Start]):
                    b = FromLabelRun(lines, blocks, b, end, challenges);
                    break;
                case BlockKind.ListItem:
                    challenges.Add(FromItem(BlockReader.ItemLines(lines, block)));
                    break;
                default:
                    residual.AddRange(lines, block.Start, block.End);
                    break;
            }
        }
        return challenges;
    }

    /// <summary>A sub-heading and everything under it up to the next heading of its level; returns the last block used.</summary>
    private static int FromHeading(IReadOnlyList<string> lines, List<Block> blocks, int b, int end, List<ChallengeDocument> into)
    {
        MarkdownLine.TryHeading(lines[blocks[b].Start], out var level, out var heading);
        var next = b + 1;
        while (next < blocks.Count && !IsHeadingAtOrAbove(lines, blocks[next], level))
            next++;
        var bodyEnd = next < blocks.Count ? blocks[next].Start : end;
        into.Add(ChallengeParts.Read(CleanTitle(heading), Slice(lines, blocks[b].End, bodyEnd)));
        return next - 1;
    }

    private static int FromLabelRun(IReadOnlyList<string> lines, List<Block> blocks, int b, int end, List<ChallengeDocument> into)
    {
        var next = b + 1;
        while (next < blocks.Count && ContinuesLabelRun(lines, blocks[next]))
            next++;
        var bodyEnd = next < blocks.Count ? blocks[next].Start : end;
        var untitled = ChallengeParts.Read("", Slice(lines, blocks[b].Start, bodyEnd));
        into.Add(untitled with { Title = TitleFrom(untitled.Problem) });
        return next - 1;
    }

    /// <summary>Labelled parts without a heading ("**Problem:** … **Solution:** …") run until the next problem, heading, table or break.</summary>
    private static bool ContinuesLabelRun(IReadOnlyList<string> lines, Block block) => block.Kind switch
    {
        BlockKind.Blank or BlockKind.ListItem or BlockKind.Fence => true,
        BlockKind.Paragraph => !ChallengeParts.StartsWithProblemLabel(lines[block.Start]),
        _ => false,
    };

    /// <summary>An untitled challenge is named by the first sentence of its problem (at most about 80 characters).</summary>
    private static string TitleFrom(string problem)
    {
        var line = problem.Split('\n', 2)[0].Trim();
        var sentence = line.IndexOf(". ", StringComparison.Ordinal);
        if (sentence > 0)
            line = line[..sentence];
        line = line.TrimEnd('.');
        if (line.Length <= 80)
            return CleanTitle(line);
        var cut = line.LastIndexOf(' ', 80);
        return CleanTitle(line[..(cut > 20 ? cut : 80)]) + "…";
    }

    public static string CleanTitle(string heading) => TitlePrefix().Replace(heading.Trim(), "", 1).Trim();

    private static bool IsHeadingAtOrAbove(IReadOnlyList<string> lines, Block block, int level) =>
        block.Kind == BlockKind.Heading && MarkdownLine.TryHeading(lines[block.Start], out var other, out _) && other <= level;

    private static List<string> Slice(IReadOnlyList<string> lines, int start, int end)
    {
        var slice = new List<string>(end - start);
        for (var i = start; i < end; i++)
            slice.Add(lines[i]);
        return slice;
    }

    private static ChallengeDocument FromItem(List<string> item)
    {
        var first = item[0].Trim();
        string title;
        string rest;
        if (Inline.TrySplitEmphasisLead(first, out var bold, out var after))
        {
            title = Inline.Unescape(bold).Trim().TrimEnd(':').TrimEnd();
            rest = Inline.StripSeparator(after);
        }
        else
        {
            var colon = first.IndexOf(": ", StringComparison.Ordinal);
            title = colon is > 0 and <= 80 ? first[..colon] : first;
            rest = colon is > 0 and <= 80 ? first[(colon + 2)..] : "";
        }
        item[0] = rest;
        return ChallengeParts.Read(CleanTitle(title), item);
    }

    private static bool FromTable(IReadOnlyList<string> lines, Block table, List<ChallengeDocument> into)
    {
        var headers = MarkdownLine.Cells(lines[table.Start]);
        var roles = headers.Select(ChallengeParts.ColumnRole).ToArray();
        if (!roles.Contains("Problem") && !roles.Contains("Solution"))
            return false;
        var titleColumn = headers.FindIndex(h => Label.Key(Inline.StripEmphasis(h)) is "title" or "name" or "#");
        for (var i = table.Start + 2; i < table.End; i++)
        {
            var cells = MarkdownLine.Cells(lines[i]);
            string Cell(string role) => string.Join(" ", Enumerable.Range(0, Math.Min(cells.Count, roles.Length))
                .Where(c => roles[c] == role && !MarkdownLine.IsThematicBreak(cells[c])).Select(c => cells[c]));
            var problem = Cell("Problem");
            var title = CleanTitle(titleColumn >= 0 && titleColumn < cells.Count ? cells[titleColumn] : problem);
            if (titleColumn < 0)
                problem = "";
            var technologies = Cell("Technologies").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            into.Add(new ChallengeDocument(title, problem, Cell("Solution"), Cell("Result"), technologies));
        }
        return true;
    }
}
