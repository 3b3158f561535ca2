using System.Buffers;
using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Brings text to the one form the importer and exporter agree on: LF line ends, no trailing white
/// space, tabs expanded outside fenced code (inside code a tab may matter, as in a Makefile).
/// </summary>
public static class TextNormalizer
{
    // C0 controls other than LF: CR and tab are rewritten, the rest are dropped.
    private static readonly SearchValues<char> Rewritten = SearchValues.Create(
        Enumerable.Range(0, 32).Where(c => c != '\n').Select(c => (char)c).ToArray());

    public static NormalizedText Normalize(string text)
    {
        if (IsNormal(text))
            return new NormalizedText(text, 0, 0, 0, 0);
        int lineEnds = 0, tabs = 0, trimmed = 0, controls = 0;
        var builder = new StringBuilder(text.Length);
        var fence = new FenceTracker();
        var i = 0;
        while (true)
        {
            var length = text.AsSpan(i).IndexOfAny('\r', '\n');
            var end = length < 0 ? text.Length : i + length;
            var line = text.AsSpan(i, end - i);
            var lineStart = builder.Length;
            var inCode = fence.InsideAfter(line);
            if (line.IndexOfAny(Rewritten) < 0)
                builder.Append(line);
            else
                AppendRewritten(builder, line, inCode, ref tabs, ref controls);
            var kept = builder.Length;
            while (kept > lineStart && IsTrailingSpace(builder[kept - 1]))
                kept--;
            if (kept < builder.Length)
            {
                trimmed++;
                builder.Length = kept;
            }
            if (end >= text.Length)
                break;
            if (text[end] == '\r')
            {
                lineEnds++;
                if (end + 1 < text.Length && text[end + 1] == '\n')
                    end++;
            }
            builder.Append('\n');
            i = end + 1;
        }
        return new NormalizedText(builder.ToString(), lineEnds, tabs, trimmed, controls);
    }

    private static void AppendRewritten(StringBuilder builder, ReadOnlySpan<char> line, bool inCode, ref int tabs, ref int controls)
    {
        var lineStart = builder.Length;
        foreach (var c in line)
        {
            if (c == '\t' && !inCode)
            {
                builder.Append(' ', 4 - (builder.Length - lineStart) % 4);
                tabs++;
            }
            else if (c < ' ' && c != '\t')
            {
                controls++;
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>The common case: nothing to rewrite and no line ends in white space.</summary>
    private static bool IsNormal(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Rewritten) >= 0)
            return false;
        if (span.Length > 0 && IsTrailingSpace(span[^1]))
            return false;
        var at = span.IndexOf('\n');
        while (at >= 0)
        {
            if (at > 0 && IsTrailingSpace(span[at - 1]))
                return false;
            var next = span[(at + 1)..].IndexOf('\n');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return true;
    }

    private static bool IsTrailingSpace(char c) => c == ' ' || (c > 0x7F && char.IsWhiteSpace(c));
}
