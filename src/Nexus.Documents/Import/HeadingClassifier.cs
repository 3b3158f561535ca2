using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Recognises a heading by meaning: emoji, numbering and punctuation are stripped, then word-prefix
/// phrases are tried in priority order ("About the Author" is the author before "About" is an overview).
/// </summary>
internal static class HeadingClassifier
{
    private static readonly (HeadingRole Role, string[] Phrases)[] Rules =
    [
        (HeadingRole.Author, ["author", "about me", "about the author", "contact", "acknowledg", "credits", "connect with", "get in touch", "maintainer", "created by", "written by"]),
        (HeadingRole.Resources, ["useful links", "links", "resources", "references", "further reading", "reading list", "bibliography"]),
        (HeadingRole.Snippets, ["snippet", "code example", "code sample", "examples", "sample code"]),
        (HeadingRole.Projects, ["projects", "project showcase", "portfolio", "showcase"]),
        (HeadingRole.Challenges, ["challenge", "problems", "obstacles", "difficulties", "troubleshooting", "issues faced", "hurdles", "struggles"]),
        (HeadingRole.BestPractices, ["best practice", "takeaway", "lessons learned", "lessons learnt", "key lessons", "tips", "recommendations", "dos and don", "guidelines"]),
        (HeadingRole.Technologies, ["technolog", "tech stack", "tools", "stack", "frameworks", "languages", "libraries", "tooling"]),
        (HeadingRole.Concepts, ["concept", "topics", "fundamentals", "principles", "key learnings", "what i learned", "learnings", "theory"]),
        (HeadingRole.Collaboration, ["collaborat", "teamwork", "team work", "working together", "community", "pair programming", "peer"]),
        (HeadingRole.Growth, ["growth", "reflection", "personal development", "my journey", "learning journey", "self improvement"]),
        (HeadingRole.FutureGoals, ["future", "next steps", "goals", "roadmap", "what s next", "whats next", "plans", "upcoming"]),
        (HeadingRole.Overview, ["overview", "introduction", "intro", "about", "summary", "description", "background", "purpose", "objective"]),
    ];

    // Each phrase must start a word: matching " phrase" against " heading" does that without a regex.
    private static readonly (HeadingRole Role, string[] Phrases)[] WordStarts =
        Rules.Select(r => (r.Role, r.Phrases.Select(p => " " + p).ToArray())).ToArray();

    public static HeadingRole Classify(string heading)
    {
        var normalized = " " + Normalize(heading);
        foreach (var (role, phrases) in WordStarts)
        {
            foreach (var phrase in phrases)
            {
                if (normalized.Contains(phrase, StringComparison.Ordinal))
                    return role;
            }
        }
        return HeadingRole.Custom;
    }

    /// <summary>Lower-case words only: emoji and punctuation become spaces, a leading number ("1.", "Step 2:") goes.</summary>
    internal static string Normalize(string heading)
    {
        Span<char> buffer = heading.Length <= 256 ? stackalloc char[heading.Length + 1] : new char[heading.Length + 1];
        var length = 0;
        foreach (var c in heading)
        {
            if (char.IsLetterOrDigit(c))
                buffer[length++] = char.ToLowerInvariant(c);
            else if (length > 0 && buffer[length - 1] != ' ')
                buffer[length++] = ' ';
        }
        var words = buffer[..length].TrimEnd(' ');
        while (true)
        {
            var space = words.IndexOf(' ');
            if (space < 0 || !IsNumbering(words[..space]))
                break;
            words = words[(space + 1)..];
        }
        return words.ToString();
    }

    private static bool IsNumbering(ReadOnlySpan<char> word) =>
        word.IndexOfAnyExceptInRange('0', '9') < 0 || word is "step" or "part" or "section" or "chapter";
}
