namespace Nexus.GraphQL.Language;

/// <summary>The spec's block string rules: dedenting a raw value and printing a value back as a block string.</summary>
public static class BlockString
{
    /// <summary>Removes the common indentation (ignoring the first line) and leading/trailing blank lines.</summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmpty = -1;
        var lastNonEmpty = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return [];
        }

        var result = new List<string>(lastNonEmpty - firstNonEmpty + 1);
        for (var i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>Prints a value as a block string, choosing line breaks exactly like graphql-js's printBlockString.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 &&
            lines.Skip(1).All(line => line.Length == 0 || CharClasses.IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine ||
            forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharClasses.IsWhiteSpace(value[0]);

        var result = (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine ? "\n" : "";
        result += escaped;
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result += "\n";
        }

        return "\"\"\"" + result + "\"\"\"";
    }

    /// <summary>Whether printing <paramref name="value"/> as a block string keeps it intact (graphql-js isPrintableAsBlockString).</summary>
    public static bool IsPrintable(string value)
    {
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\b' or '\v' or '\f' or '\r' or '\u000E' or '\u000F':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && CharClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
