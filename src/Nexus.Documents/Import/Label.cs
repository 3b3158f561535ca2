namespace Nexus.Documents;

/// <summary>
/// Reads a "label: value" line in the shapes READMEs use: "**Problem**:", "**Solution:**", "- **Role:** x",
/// "#### Result", "Email: x". Callers decide which labels they know.
/// </summary>
internal static class Label
{
    private const int MaxPlainLabelLength = 32;

    public static bool TryRead(string line, out string label, out string rest)
    {
        label = rest = "";
        var text = line.Trim();
        if (MarkdownLine.TryHeading(text, out _, out var heading))
        {
            label = heading.TrimEnd(':').Trim();
            return label.Length > 0;
        }
        if (text.Length > 2 && text[0] is '-' or '*' or '+' && text[1] == ' ')
            text = text[2..].TrimStart();
        if (Inline.TrySplitEmphasisLead(text, out var bold, out var after))
        {
            var boldLabel = bold.Trim();
            if (boldLabel.EndsWith(':'))
            {
                label = boldLabel[..^1].TrimEnd();
                rest = after.Trim();
                return true;
            }
            if (after.TrimStart().StartsWith(':'))
            {
                label = boldLabel;
                rest = after.TrimStart()[1..].Trim();
                return true;
            }
            label = boldLabel;
            return after.Trim().Length == 0;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > MaxPlainLabelLength || (colon + 1 < text.Length && text[colon + 1] != ' '))
            return false;
        label = text[..colon].Trim();
        rest = text[(colon + 1)..].Trim();
        return label.All(c => char.IsLetter(c) || c is ' ' or '-' or '/');
    }

    /// <summary>Lower-case words of a label for comparison ("Solution Implemented" → "solution implemented").</summary>
    public static string Key(string label) => HeadingClassifier.Normalize(label);
}
