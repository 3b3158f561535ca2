using System.Text;

namespace Nexus.Documents;

/// <summary>
/// Writes a hub as one canonical README: title, summary, sections in order (each structured kind's
/// items after the first section of that kind), then snippets, projects, resources and the author.
/// The importer reads this layout back to an equal hub.
/// </summary>
public static class HubMarkdownExporter
{
    public static string Export(HubDocument hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var writer = new MarkdownWriter();
        if (hub.Title.Length > 0)
            writer.Block($"# {hub.Title}");
        writer.Block(hub.Summary);
        var written = new HashSet<SectionKind>();
        foreach (var section in hub.Sections)
        {
            writer.Block($"## {section.Title}");
            writer.Block(section.Markdown);
            if (written.Add(section.Kind))
                WriteItems(writer, hub, section.Kind);
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
        WriteSnippets(writer, hub.Snippets);
        WriteProjects(writer, hub.Projects);
        WriteResources(writer, hub.Resources);
        WriteAuthor(writer, hub.Author);
        return writer.ToString();
    }

    private static (SectionKind Kind, string Title, int Count)[] DefaultSections(HubDocument hub) =>
    [
        (SectionKind.Technologies, "Technologies", hub.Technologies.Count),
        (SectionKind.Concepts, "Concepts", hub.Concepts.Count),
        (SectionKind.Challenges, "Challenges", hub.Challenges.Count),
        (SectionKind.BestPractices, "Best Practices", hub.Takeaways.Count),
    ];

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
        if (snippets.Count == 0)
            return;
        writer.Block("## Code Snippets");
        foreach (var snippet in snippets)
        {
            writer.Block($"### {snippet.Title}");
            writer.Block(snippet.Description);
            writer.Block(MarkdownWriter.Fence(snippet.Language, snippet.Code));
        }
    }

    private static void WriteProjects(MarkdownWriter writer, IReadOnlyList<ProjectDocument> projects)
    {
        if (projects.Count == 0)
            return;
        writer.Block("## Projects");
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

    private static void WriteResources(MarkdownWriter writer, IReadOnlyList<ResourceDocument> resources)
    {
        if (resources.Count == 0)
            return;
        writer.Block("## Resources");
        writer.Block(string.Join('\n', resources.Select(r => $"- {MarkdownWriter.Link(r.Title, r.Url)}")));
    }

    private static void WriteAuthor(MarkdownWriter writer, AuthorDocument? author)
    {
        if (author is null)
            return;
        writer.Block("## Author");
        // Names are escaped; addresses are written as they are, so that they stay usable links.
        (string Label, string Value)[] fields =
        [
            ("Name", Inline.Escape(author.Name)), ("Program", Inline.Escape(author.Program)),
            ("GitHub", author.GitHub), ("Profile", author.ProfileUrl), ("Email", author.Email),
        ];
        writer.Block(string.Join('\n', fields.Where(f => f.Value.Length > 0).Select(f => $"- **{f.Label}:** {f.Value}")));
    }
}
