using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Writes a hub as one canonical README: title, summary, sections in order (each structured kind's
/// items after the first section of that kind), then snippets, projects, resources and the author.
/// Where the import kept prose under such a heading as a custom section ("## Author" with a line it
/// could not read), the items are written into that section instead, so the heading appears once.
/// The importer reads this layout back to an equal hub.
/// </summary>
public static class HubMarkdownExporter
{
    private static readonly (HeadingRole Role, string Title)[] Parts =
    [
        (HeadingRole.Snippets, "Code Snippets"),
        (HeadingRole.Projects, "Projects"),
        (HeadingRole.Resources, "Resources"),
        (HeadingRole.Author, "Author"),
    ];

    public static string Export(HubDocument hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var writer = new MarkdownWriter();
        if (hub.Title.Length > 0)
            writer.Block($"# {hub.Title}");
        writer.Block(hub.Summary);
        var written = new HashSet<SectionKind>();
        var partsWritten = new HashSet<HeadingRole>();
        foreach (var section in hub.Sections)
        {
            writer.Block($"## {section.Title}");
            writer.Block(section.Markdown);
            if (written.Add(section.Kind))
                WriteItems(writer, hub, section.Kind);
            var role = section.Kind == SectionKind.Custom ? HeadingClassifier.Classify(section.Title) : HeadingRole.Custom;
            if (!role.IsSectionKind() && partsWritten.Add(role))
                WritePart(writer, hub, role);
        }
        // Items whose kind has no section of its own (hubs edited through the API need not have one) get a default heading.
        foreach (var (kind, title, count) in DefaultSections(hub))
        {
            if (count > 0 && written.Add(kind))
            {
                writer.Block($"## {title}");
                WriteItems(writer, hub, kind);
            }
        }
        foreach (var (role, title) in Parts)
        {
            if (partsWritten.Contains(role) || !HasPart(hub, role))
                continue;
            writer.Block($"## {title}");
            WritePart(writer, hub, role);
        }
        return writer.ToString();
    }

    private static (SectionKind Kind, string Title, int Count)[] DefaultSections(HubDocument hub) =>
    [
        (SectionKind.Technologies, "Technologies", hub.Technologies.Count),
        (SectionKind.Concepts, "Concepts", hub.Concepts.Count),
        (SectionKind.Challenges, "Challenges", hub.Challenges.Count),
        (SectionKind.BestPractices, "Best Practices", hub.Takeaways.Count),
    ];

    private static bool HasPart(HubDocument hub, HeadingRole role) => role switch
    {
        HeadingRole.Snippets => hub.Snippets.Count > 0,
        HeadingRole.Projects => hub.Projects.Count > 0,
        HeadingRole.Resources => hub.Resources.Count > 0,
        _ => hub.Author is not null,
    };

    private static void WritePart(MarkdownWriter writer, HubDocument hub, HeadingRole role)
    {
        switch (role)
        {
            case HeadingRole.Snippets:
                WriteSnippets(writer, hub.Snippets);
                break;
            case HeadingRole.Projects:
                WriteProjects(writer, hub.Projects);
                break;
            case HeadingRole.Resources:
                writer.Block(string.Join('\n', hub.Resources.Select(r => $"- {MarkdownWriter.Link(r.Title, r.Url)}")));
                break;
            case HeadingRole.Author when hub.Author is not null:
                WriteAuthor(writer, hub.Author);
                break;
        }
    }

    private static void WriteItems(MarkdownWriter writer, HubDocument hub, SectionKind kind)
    {
        switch (kind)
        {
            case SectionKind.Technologies:
                WriteTopics(writer, hub.Technologies);
                break;
            case SectionKind.Concepts:
                WriteTopics(writer, hub.Concepts);
                break;
            case SectionKind.BestPractices:
                writer.Block(string.Join('\n', hub.Takeaways.Select(t => MarkdownWriter.Bullet(t))));
                break;
            case SectionKind.Challenges:
                foreach (var challenge in hub.Challenges)
                    WriteChallenge(writer, challenge);
                break;
        }
    }

    private static void WriteTopics(MarkdownWriter writer, IReadOnlyList<TopicNote> topics) =>
        writer.Block(string.Join('\n', topics.Select(t =>
            MarkdownWriter.Bullet(t.Note.Length > 0 ? $"**{Inline.Escape(t.Name)}** – {t.Note}" : $"**{Inline.Escape(t.Name)}**"))));

    private static void WriteChallenge(MarkdownWriter writer, ChallengeDocument challenge)
    {
        writer.Block($"### {challenge.Title}");
        writer.Labelled("Problem", challenge.Problem);
        writer.Labelled("Solution", challenge.Solution);
        writer.Labelled("Result", challenge.Result);
        writer.Labelled("Technologies", string.Join(", ", challenge.Technologies));
    }

    private static void WriteSnippets(MarkdownWriter writer, IReadOnlyList<SnippetDocument> snippets)
    {
        foreach (var snippet in snippets)
        {
            writer.Block($"### {snippet.Title}");
            writer.Block(snippet.Description);
            writer.Block(MarkdownWriter.Fence(snippet.Language, snippet.Code));
        }
    }

    private static void WriteProjects(MarkdownWriter writer, IReadOnlyList<ProjectDocument> projects)
    {
        foreach (var project in projects)
        {
            writer.Block($"### {project.Name}");
            writer.Block(project.Description);
            var facts = new StringBuilder();
            if (project.RepositoryUrl.Length > 0)
                facts.Append($"- **Repository:** {project.RepositoryUrl}\n");
            if (project.Role.Length > 0)
                facts.Append($"- **Role:** {project.Role}\n");
            writer.Block(facts.ToString().TrimEnd('\n'));
        }
    }

    private static void WriteAuthor(MarkdownWriter writer, AuthorDocument author)
    {
        // Names are escaped; addresses are written as they are, so that they stay usable links.
        (string Label, string Value)[] fields =
        [
            ("Name", Inline.Escape(author.Name)), ("Program", Inline.Escape(author.Program)),
            ("GitHub", author.GitHub), ("Profile", author.ProfileUrl), ("Email", author.Email),
        ];
        writer.Block(string.Join('\n', fields.Where(f => f.Value.Length > 0).Select(f => $"- **{f.Label}:** {f.Value}")));
    }
}
