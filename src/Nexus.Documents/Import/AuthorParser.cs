namespace Nexus.Documents;

/// <summary>
/// The author from labelled lines ("**GitHub:** …", "Email: …"), a first line "Name – Program", and
/// lines holding a GitHub/LinkedIn URL or an e-mail address. Lines it cannot read stay as prose.
/// </summary>
internal static partial class AuthorParser
{
    public static AuthorDocument? Parse(IReadOnlyList<string> lines, int start, int end, AuthorDocument? known, LineJoiner residual)
    {
        var fields = new AuthorFields(known);
        var found = false;
        // With a labelled name present (the exporter's form), free text is never taken for a name.
        var nameLineSeen = Enumerable.Range(start, end - start).Any(i => HasNameLabel(lines[i]));
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (MarkdownLine.IsBlank(line) || MarkdownLine.IsThematicBreak(line))
            {
                residual.Add(line);
                continue;
            }
            if (TryLabelled(line, fields) || TryUrlLine(line, fields))
            {
                found = true;
                continue;
            }
            if (!nameLineSeen && TryNameLine(line, out var name, out var program))
            {
                fields.Name = name;
                fields.Program = program.Length > 0 ? program : fields.Program;
                nameLineSeen = found = true;
                continue;
            }
            residual.Add(line);
        }
        return found ? fields.ToDocument() : known;
    }

    private static bool HasNameLabel(string line) =>
        !MarkdownLine.TryHeading(line, out _, out _) && Label.TryRead(line, out var label, out var value) && value.Length > 0
        && Label.Key(label) is "name" or "author";

    private static bool TryLabelled(string line, AuthorFields fields)
    {
        if (MarkdownLine.TryHeading(line, out _, out _) || !Label.TryRead(line, out var label, out var value) || value.Length == 0)
            return false;
        switch (Label.Key(label))
        {
            case "name" or "author":
                fields.Name = Inline.Unescape(value);
                return true;
            case "program" or "programme" or "cohort" or "track" or "role" or "course":
                fields.Program = Inline.Unescape(value);
                return true;
            case "github" or "git hub":
                fields.GitHub = UrlOrText(value);
                return true;
            case "profile" or "linkedin" or "website" or "portfolio" or "blog" or "twitter" or "x":
                fields.Profile = UrlOrText(value);
                return true;
            case "email" or "e mail" or "mail":
                fields.Email = UrlOrText(value).Replace("mailto:", "", StringComparison.OrdinalIgnoreCase);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A line that is only a link (or a bullet holding one) to GitHub, a profile, or a mail address.</summary>
    private static bool TryUrlLine(string line, AuthorFields fields)
    {
        var text = line.Trim().TrimStart('-', '*', '+').Trim();
        if (!ResourceParser.TryParse(text, out var link))
        {
            var address = EmailAddress().Match(text);
            if (address.Success)
                fields.Email = address.Groups["email"].Value;
            return address.Success;
        }
        if (link.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            fields.Email = link.Url[7..];
        else if (link.Url.Contains("github.com", StringComparison.OrdinalIgnoreCase))
            fields.GitHub = link.Url;
        else
            fields.Profile = link.Url;
        return true;
    }

    /// <summary>"Grace – ProDev Backend Engineering Learner", "- **Brenda Jematia** – Backend Developer".</summary>
    private static bool TryNameLine(string line, out string name, out string program)
    {
        var text = line.Trim();
        if (text.Length > 2 && text[0] is '-' or '*' or '+' && text[1] == ' ')
            text = text[2..];
        var bold = Inline.TrySplitEmphasisLead(text, out _, out _);
        var hasSeparator = text.Contains(" – ", StringComparison.Ordinal) || text.Contains(" — ", StringComparison.Ordinal) || text.Contains(" - ", StringComparison.Ordinal);
        (name, program) = Inline.SplitNameNote(text);
        return (bold || hasSeparator) && name.Length is > 0 and <= 80 && !name.Contains('[');
    }

    /// <summary>An address alone on its line, perhaps after an emoji or a word ("✉️ me@example.com").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\p{L}\p{N}]*(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")]
    private static partial System.Text.RegularExpressions.Regex EmailAddress();

    private static string UrlOrText(string value)
    {
        var url = ResourceParser.AnyUrl().Match(value);
        return url.Success ? url.Value : Inline.Unescape(value.Trim('<', '>', ' '));
    }
}
