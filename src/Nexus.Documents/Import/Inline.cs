using System.Text;

namespace Nexus.Documents;

/// <summary>Inline-level helpers: bold leads, name/note separators, backslash escapes.</summary>
internal static class Inline
{
    private static readonly string[] Separators = [" – ", " — ", " - ", ": ", " | "];
    private const string EscapedCharacters = "\\`*_[]<>|#";

    /// <summary>
    /// "**Name** rest", "__Name__ rest", "*Name* rest" or "_Name_ rest": the emphasised text (escapes
    /// kept) and what follows it.
    /// </summary>
    public static bool TrySplitEmphasisLead(string text, out string inner, out string rest)
    {
        inner = rest = "";
        var width = text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal) ? 2
            : text.Length > 0 && text[0] is '*' or '_' ? 1 : 0;
        if (width == 0 || text.Length < 2 * width + 1 || text[width] == ' ')
            return false;
        var delimiter = text.AsSpan(0, width);
        for (var i = width; i + width <= text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }
            if (i > width && text.AsSpan(i, width).SequenceEqual(delimiter))
            {
                inner = text[width..i];
                rest = text[(i + width)..];
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits "**Name** – note", "Name: note", "Name - note" into name (plain text) and note (Markdown).</summary>
    public static (string Name, string Note) SplitNameNote(string text)
    {
        text = text.Trim();
        if (TrySplitEmphasisLead(text, out var bold, out var rest))
        {
            var name = Unescape(bold).Trim();
            if (name.EndsWith(':'))
                name = name[..^1].TrimEnd();
            return (name, StripSeparator(rest));
        }
        foreach (var separator in Separators)
        {
            var at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
                return (Unescape(text[..at]).Trim(), text[(at + separator.Length)..].Trim());
        }
        if (text.EndsWith(':'))
            text = text[..^1];
        return (Unescape(text).Trim(), "");
    }

    /// <summary>Drops one leading separator (":", "–", "—", "-", "|") and the spaces around it.</summary>
    public static string StripSeparator(string rest)
    {
        var trimmed = rest.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is ':' or '–' or '—' or '-' or '|')
            trimmed = trimmed[1..].TrimStart();
        return trimmed.TrimEnd();
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (EscapedCharacters.Contains(c))
                builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Removes Markdown backslash escapes before ASCII punctuation.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('\\'))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
                i++;
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    private static bool IsAsciiPunctuation(char c) => c < 0x80 && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>Removes surrounding bold/italic/code markers from a short value such as a label or a name.</summary>
    public static string StripEmphasis(string text) => text.Trim().Trim('*', '_', '`').Trim();
}
