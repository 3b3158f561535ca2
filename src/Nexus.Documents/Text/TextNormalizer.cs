using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Brings text to the one form the importer and exporter agree on: LF line ends, no trailing white
/// space, tabs expanded outside fenced code (inside code a tab may matter, as in a Makefile).
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        int lineEnds = 0, tabs = 0, trimmed = 0, controls = 0;
        var builder = new StringBuilder(text.Length);
        var fence = new FenceTracker();
        var line = new StringBuilder();
        var i = 0;
        while (i <= text.Length)
        {
            var end = i;
            while (end < text.Length && text[end] is not '\n' and not '\r')
                end++;
            line.Clear();
            var inCode = fence.InsideAfter(text.AsSpan(i, end - i));
            for (var j = i; j < end; j++)
            {
                var c = text[j];
                if (c == '\t' && !inCode)
                {
                    line.Append(' ', 4 - line.Length % 4);
                    tabs++;
                }
                else if (c < ' ' && c != '\t')
                {
                    controls++;
                }
                else
                {
                    line.Append(c);
                }
            }
            var length = line.Length;
            while (length > 0 && char.IsWhiteSpace(line[length - 1]))
                length--;
            if (length < line.Length)
                trimmed++;
            builder.Append(line, 0, length);
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
}
