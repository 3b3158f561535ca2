namespace Nexus.Documents;

/// <summary>Line-level Markdown recognisers (CommonMark's rules, simplified to what READMEs use).</summary>
internal static class MarkdownLine
{
    public static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    public static int Indent(string line)
    {
        var n = 0;
        while (n < line.Length && line[n] == ' ')
            n++;
        return n;
    }

    public static bool TryHeading(string line, out int level, out string text)
    {
        level = 0;
        text = "";
        var indent = Indent(line);
        if (indent > 3)
            return false;
        var i = indent;
        while (i < line.Length && line[i] == '#')
            i++;
        level = i - indent;
        if (level is < 1 or > 6 || (i < line.Length && line[i] != ' '))
            return false;
        var body = line[i..].Trim();
        var closing = body.TrimEnd('#');
        if (closing.Length == 0 || closing[^1] == ' ')
            body = closing.TrimEnd();
        text = body;
        return true;
    }

    public static bool IsThematicBreak(string line)
    {
        if (Indent(line) > 3)
            return false;
        char mark = '\0';
        var count = 0;
        foreach (var c in line)
        {
            if (c == ' ')
                continue;
            if (c is not ('-' or '*' or '_') || (mark != '\0' && c != mark))
                return false;
            mark = c;
            count++;
        }
        return count >= 3;
    }

    public static bool IsSetextUnderline(string line, out int level)
    {
        var trimmed = line.AsSpan().Trim();
        level = trimmed.IsEmpty ? 0 : trimmed.IndexOfAnyExcept('=') < 0 ? 1 : trimmed.IndexOfAnyExcept('-') < 0 ? 2 : 0;
        return level > 0 && Indent(line) <= 3;
    }

    /// <summary>A bullet ("- ", "* ", "+ ") or ordered ("1. ", "2) ") list marker; contentColumn is where the text starts.</summary>
    public static bool TryListMarker(string line, out int indent, out int contentColumn)
    {
        indent = Indent(line);
        contentColumn = 0;
        var i = indent;
        if (i >= line.Length)
            return false;
        if (line[i] is '-' or '*' or '+')
        {
            i++;
        }
        else
        {
            var digits = 0;
            while (i < line.Length && char.IsAsciiDigit(line[i]) && digits < 10)
            {
                i++;
                digits++;
            }
            if (digits is 0 or > 9 || i >= line.Length || line[i] is not ('.' or ')'))
                return false;
            i++;
        }
        if (i < line.Length && line[i] != ' ')
            return false;
        if (IsThematicBreak(line))
            return false;
        contentColumn = Math.Min(i + 1, line.Length);
        return true;
    }

    public static bool IsTableDelimiter(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.Contains('-') || !trimmed.Contains('|'))
            return false;
        foreach (var c in trimmed)
        {
            if (c is not ('|' or '-' or ':' or ' '))
                return false;
        }
        return true;
    }

    public static bool StartsTable(IReadOnlyList<string> lines, int i, int end) =>
        i + 1 < end && lines[i].Contains('|') && IsTableDelimiter(lines[i + 1]);

    /// <summary>Splits a table row on unescaped pipes; "\|" becomes a literal pipe.</summary>
    public static List<string> Cells(string row)
    {
        var trimmed = row.Trim();
        if (trimmed.StartsWith('|'))
            trimmed = trimmed[1..];
        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal))
            trimmed = trimmed[..^1];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(trimmed[i]);
            }
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
