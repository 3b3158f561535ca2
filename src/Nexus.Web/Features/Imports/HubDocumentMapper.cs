using Nexus.Documents;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Imports;

/// <summary>Converts between the API's hub shape and the document model of Nexus.Documents (import and export).</summary>
public static class HubDocumentMapper
{
    public static HubDocument ToDocument(HubResponse hub) => new(
        hub.Title,
        hub.Summary,
        [.. hub.Sections.Select(s => new Nexus.Documents.HubSection(SectionKinds.Parse(s.Kind), s.Title, s.Markdown))],
        [.. hub.Technologies.Select(t => new TopicNote(t.Slug, t.Name, t.Note))],
        [.. hub.Concepts.Select(t => new TopicNote(t.Slug, t.Name, t.Note))],
        [.. hub.Challenges.Select(c => new ChallengeDocument(c.Title, c.Problem, c.Solution, c.Result, c.Technologies))],
        [.. hub.Takeaways.Select(t => t.Text)],
        [.. hub.Snippets.Select(s => new SnippetDocument(s.Title, s.Language, s.Code, s.Description))],
        [.. hub.Resources.Select(r => new ResourceDocument(r.Title, r.Url))],
        [.. hub.Projects.Select(p => new ProjectDocument(p.Name, p.Description, p.RepositoryUrl, p.Role))],
        hub.Author is { } a
            ? new AuthorDocument(a.Name ?? "", a.Program ?? "", a.Github ?? "", a.ProfileUrl ?? "", a.Email ?? "")
            : new AuthorDocument(hub.Owner.DisplayName, "", hub.Owner.Github is { } gh ? $"https://github.com/{gh}" : "", "", ""));

    /// <summary>The write request that creates the imported hub; <paramref name="slugOf"/> names every topic's catalogue slug.</summary>
    public static HubWriteRequest ToWriteRequest(HubDocument document, string? slug, Func<TopicNote, Catalogue.TopicKind, string> slugOf,
        Func<string, string> technologySlugOf, string visibility, string message) => new(
        slug,
        document.Title,
        document.Summary,
        visibility,
        [.. document.Sections.Select(s => new SectionWrite(s.Kind.ToWire(), s.Title, s.Markdown))],
        [.. document.Technologies.Select(t => new TopicWrite(slugOf(t, Catalogue.TopicKind.Technology), t.Note))],
        [.. document.Concepts.Select(t => new TopicWrite(slugOf(t, Catalogue.TopicKind.Concept), t.Note))],
        [.. document.Challenges.Select(c => new ChallengeWrite(null, c.Title, c.Problem, c.Solution, c.Result,
            [.. c.Technologies.Select(technologySlugOf).Distinct()]))],
        [.. document.Takeaways.Select(t => new TakeawayDto(t))],
        [.. document.Snippets.Select(s => new SnippetDto(s.Title, s.Language, s.Code, s.Description))],
        [.. document.Resources.Select(r => new ResourceDto(r.Title, r.Url))],
        [.. document.Projects.Select(p => new ProjectDto(p.Name, p.Description, p.RepositoryUrl, p.Role))],
        message,
        document.Author is { } a ? new AuthorDto(a.Name, a.Program, a.GitHub, a.ProfileUrl, a.Email) : null);
}
