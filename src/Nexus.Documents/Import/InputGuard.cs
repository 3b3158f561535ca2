namespace Nexus.Documents;

/// <summary>
/// Rejects what cannot be a README before any parsing: empty, binary, too large, absurd lines, and
/// nesting deep enough to threaten a recursive Markdown renderer's stack.
/// </summary>
public static class InputGuard
{
    public static void CheckSize(long length, ImportLimits limits)
    {
        if (length == 0)
            throw new DocumentRejectedException("empty", "The file is empty.");
        if (length > limits.MaxBytes)
            throw new DocumentRejectedException("too-large", $"The file is {length / 1024:N0} KB; a README may be at most {limits.MaxBytes / 1024:N0} KB.");
    }

    public static void CheckText(string text, ImportLimits limits)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DocumentRejectedException("empty", "The file holds no text.");
        if (TextDecoder.LooksBinary(text))
            throw new DocumentRejectedException("binary", "This looks like a binary file, not a Markdown README.");
        var lines = 0;
        var fence = new FenceTracker();
        var span = text.AsSpan();
        foreach (var range in span.Split('\n'))
        {
            var line = span[range];
            if (++lines > limits.MaxLines)
                throw new DocumentRejectedException("too-many-lines", $"The README has more than {limits.MaxLines:N0} lines.");
            if (line.Length > limits.MaxLineLength)
                throw new DocumentRejectedException("line-too-long", $"Line {lines:N0} is {line.Length:N0} characters long; lines may be at most {limits.MaxLineLength:N0}.");
            if (!fence.InsideAfter(line) && NestingDepth(line) > limits.MaxNestingDepth)
                throw new DocumentRejectedException("too-deeply-nested", $"Line {lines:N0} nests lists or quotes more than {limits.MaxNestingDepth} levels deep.");
        }
    }

    /// <summary>
    /// Container depth of one line: each "&gt;" and list marker at its start, plus one level per two
    /// spaces of leading indentation (how nested list items are written).
    /// </summary>
    public static int NestingDepth(ReadOnlySpan<char> line)
    {
        var leading = line.Length - line.TrimStart(' ').Length;
        var depth = 0;
        var i = leading;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c == '>')
            {
                depth++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                depth++;
                i += 2;
            }
            else
            {
                var digits = 0;
                while (i + digits < line.Length && char.IsAsciiDigit(line[i + digits]))
                    digits++;
                if (digits is 0 or > 9 || i + digits + 1 >= line.Length || line[i + digits] is not ('.' or ')') || line[i + digits + 1] != ' ')
                    break;
                depth++;
                i += digits + 2;
            }
        }
        return depth > 0 ? depth + leading / 2 : 0;
    }

    /// <summary>Inline nesting ("[[[[", "*****", "((((") that recursive inline parsers descend into.</summary>
    public static int BracketDepth(ReadOnlySpan<char> text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c is '[' or '(' or '<')
                max = Math.Max(max, ++depth);
            else if (c is ']' or ')' or '>' && depth > 0)
                depth--;
        }
        return max;
    }

    private static readonly HashSet<string> VoidTags = ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"];

    /// <summary>Approximate nesting of raw HTML tags; HTML parsers slow down quadratically on very deep trees.</summary>
    public static int HtmlDepth(ReadOnlySpan<char> text)
    {
        int depth = 0, max = 0;
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = NextTag(text, i + 1))
        {
            var closing = text[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
                end++;
            if (end == start || !char.IsAsciiLetter(text[start]))
                continue;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (!VoidTags.Contains(text[start..end].ToString().ToLowerInvariant()))
                max = Math.Max(max, ++depth);
        }
        return max;
    }

    private static int NextTag(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }
}
