namespace Nexus.Documents.Tests;

/// <summary>
/// Seeded generator of hubs in the exporter's normal form, with awkward inline content: Markdown
/// syntax, pipes, HTML, emoji, accents, escapes and very long lines. Block-level structure inside
/// fields is limited to what the canonical layout can carry (no headings or labels at line start).
/// </summary>
public sealed class HubGenerator(int seed, Catalogue catalogue)
{
    private static readonly string[] Starts = ["We", "The", "Learned", "Built", "Used", "Every", "Then", "After", "Mentors", "Our", "Later"];

    private static readonly string[] Words =
    [
        "api", "cache", "queue", "deploy", "worker", "schema", "index", "token", "query", "review", "model", "view",
        "**bold**", "*em*", "_under_", "`code`", "`a | b`", "a|b", "|", "[link](https://example.com/a?b=c)", "<kbd>Ctrl</kbd>",
        "🚀", "👩‍💻", "✅", "é", "naïve", "Straße", "“quoted”", "C#", "C++", "100%", "&", "<", ">", "~~gone~~", "\\", "\\*",
        "#tag", "2.5s→300ms", "x*y", "__init__", "[x]", "(paren)", "{brace}", "—", "–", "ü", "™", "<script>alert(1)</script>",
    ];

    private static readonly Dictionary<SectionKind, string[]> KindTitles = new()
    {
        [SectionKind.Overview] = ["Overview", "📌 Program Overview", "Introduction", "About This Hub"],
        [SectionKind.Technologies] = ["Key Technologies Covered", "🛠️ Key Technologies", "Tech Stack", "Tools & Frameworks"],
        [SectionKind.Concepts] = ["Core Backend Concepts", "Important Backend Development Concepts", "Backend Concepts Explored"],
        [SectionKind.Challenges] = ["Challenges & Solutions", "Challenges Faced & Solutions Implemented", "🧩 Challenges Faced"],
        [SectionKind.BestPractices] = ["Best Practices & Personal Takeaways", "✅ Best Practices", "Key Takeaways"],
        [SectionKind.Collaboration] = ["Collaboration – Key for Success", "💬 Collaboration & Teamwork"],
        [SectionKind.Growth] = ["Personal Growth", "🌱 Growth"],
        [SectionKind.FutureGoals] = ["Future Goals", "🎯 Next Steps"],
    };

    private static readonly string[] Languages = ["python", "csharp", "bash", "js", "", "sql", "yaml", "dockerfile"];

    private readonly Random _random = new(seed);

    public HubDocument Next()
    {
        var sectionCount = _random.Next(1, 9);
        var sections = Enumerable.Range(0, sectionCount).Select(_ => Section()).ToList();
        bool Has(SectionKind kind) => sections.Any(s => s.Kind == kind);
        return new HubDocument(
            Title: Line(1, 8),
            Summary: Chance(0.7) ? Paragraphs(3) : "",
            Sections: sections,
            Technologies: Has(SectionKind.Technologies) ? Many(8, () => Topic(TopicKind.Technology)) : [],
            Concepts: Has(SectionKind.Concepts) ? Many(8, () => Topic(TopicKind.Concept)) : [],
            Challenges: Has(SectionKind.Challenges) ? Many(4, Challenge) : [],
            Takeaways: Has(SectionKind.BestPractices) ? Many(6, () => Chance(0.2) ? Line(2, 8) + "\n" + Line(2, 8) : Line(2, 12)) : [],
            Snippets: Many(3, Snippet, allowEmpty: true),
            Resources: Many(4, Resource, allowEmpty: true),
            Projects: Many(2, Project, allowEmpty: true),
            Author: Chance(0.7) ? Author() : null);
    }

    private HubSection Section()
    {
        var kind = (SectionKind)_random.Next(0, 9);
        if (kind == SectionKind.Custom)
            return new HubSection(kind, CustomTitle(), Chance(0.9) ? RichMarkdown() : "");
        var structured = kind is SectionKind.Technologies or SectionKind.Concepts or SectionKind.Challenges or SectionKind.BestPractices;
        var markdown = structured ? (Chance(0.5) ? Paragraphs(2) : "") : RichMarkdown();
        return new HubSection(kind, Pick(KindTitles[kind]), markdown);
    }

    private string CustomTitle()
    {
        while (true)
        {
            var title = Line(1, 5);
            if (HeadingClassifier.Classify(title) == HeadingRole.Custom && !title.EndsWith('#'))
                return title;
        }
    }

    private TopicNote Topic(TopicKind kind)
    {
        var name = Chance(0.6) && catalogue.Entries.Count > 0
            ? PickName(kind)
            : $"{Pick(Starts)}{Pick(["", " Engine", " 🚀", "*Star", " C#", "_x", " [beta]", " a|b", " Ünïcode"])}";
        var note = Chance(0.3) ? "" : Chance(0.15) ? Line(1, 8) + "\n" + Line(1, 8) : Chance(0.05) ? LongLine() : Line(1, 12);
        return new TopicNote(catalogue.Match(name, kind)?.Slug, name, note);
    }

    private string PickName(TopicKind kind)
    {
        var entries = catalogue.Entries.Where(e => e.Kind == kind).ToArray();
        var entry = entries[_random.Next(entries.Length)];
        return entry.Aliases.Count > 0 && Chance(0.3) ? Pick(entry.Aliases.ToArray()) : entry.Name;
    }

    private ChallengeDocument Challenge() => new(
        Title: Line(1, 6),
        Problem: Chance(0.9) ? Paragraphs(2) : "",
        Solution: Chance(0.3) ? $"- {Line(1, 5)}\n- {Line(1, 5)}" : Chance(0.9) ? Paragraphs(2) : "",
        Result: Chance(0.6) ? $"Response time went from 2.5s to 300ms {Line(0, 3)}".TrimEnd() : "",
        Technologies: Many(3, () => Pick(["docker", "redis", "postgresql", "celery", "Unknown Tool"]), allowEmpty: true));

    private SnippetDocument Snippet()
    {
        var code = string.Join('\n', Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Pick(
        [
            "def f(x):", "    return x * 2", "\tindented = True", "```", "# comment | pipe", "SELECT * FROM t;", "echo \"🚀\"",
            "var s = \"**not bold**\";", "~~~", "", "  - not a list", "<script>x()</script>",
        ])).Select(l => l.TrimEnd())).Trim('\n');
        return new SnippetDocument(Line(1, 5), Pick(Languages), code.Length > 0 ? code : "x = 1", Chance(0.6) ? Paragraphs(1) : "");
    }

    private ResourceDocument Resource()
    {
        var url = Pick(["https://docs.djangoproject.com/en/5.2/", "https://example.com/a_(b)", "https://example.com/path?x=1&y=2", "http://x.io"]);
        return Chance(0.2) ? new ResourceDocument(url, url) : new ResourceDocument(Line(1, 6), url);
    }

    private ProjectDocument Project() => new(
        Line(1, 4),
        Chance(0.8) ? Paragraphs(2) : "",
        Chance(0.7) ? $"https://github.com/learner/repo-{_random.Next(100)}" : "",
        Chance(0.6) ? Line(1, 3) : "");

    private AuthorDocument Author() => new(
        Pick(["Grace", "Brenda Jematia", "Zoë O’Neil", "李雷", "Amina *Star* Yusuf"]),
        Chance(0.8) ? Pick(["ALX ProDev Backend", "ProDev – Frontend", "Cohort #4"]) : "",
        Chance(0.7) ? "https://github.com/learner_1" : "",
        Chance(0.5) ? "https://www.linkedin.com/in/learner" : "",
        Chance(0.5) ? "learner@example.com" : "");

    /// <summary>Paragraphs, bullet lists, quotes and a table: what a plain section may hold verbatim.</summary>
    private string RichMarkdown()
    {
        var blocks = new List<string>();
        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            blocks.Add(_random.Next(6) switch
            {
                0 => $"- {Line(1, 6)}\n- {Line(1, 6)}\n  - {Line(1, 4)}",
                1 => $"> {Line(2, 8)}",
                2 => $"| Col | Other |\n|---|---|\n| {Line(1, 3)} | a \\| b |",
                3 => LongLine(),
                _ => Paragraphs(1),
            });
        }
        return string.Join("\n\n", blocks);
    }

    private string Paragraphs(int max) => string.Join("\n\n", Enumerable.Range(0, _random.Next(1, max + 1)).Select(_ =>
        Chance(0.3) ? Line(3, 10) + "\n" + Line(3, 10) : Line(3, 16)));

    private string LongLine() => Pick(Starts) + " " + string.Join(' ', Enumerable.Range(0, _random.Next(300, 900)).Select(_ => Pick(Words)));

    private string Line(int minWords, int maxWords)
    {
        var words = Enumerable.Range(0, _random.Next(minWords, maxWords + 1)).Select(_ => Pick(Words));
        return string.Join(' ', words.Prepend(Pick(Starts)));
    }

    private List<T> Many<T>(int max, Func<T> make, bool allowEmpty = false) =>
        Enumerable.Range(0, _random.Next(allowEmpty ? 0 : 1, max + 1)).Select(_ => make()).ToList();

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
