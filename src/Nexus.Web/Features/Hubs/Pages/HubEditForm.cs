namespace Nexus.Web.Features.Hubs.Pages;

/// <summary>
/// The hub editor's form: every part of a hub as rows the browser posts back (<c>Form.Sections[0].Markdown</c>).
/// Rows ticked "remove" are dropped; "add" buttons append an empty row. <see cref="Version"/> is the ETag the editor
/// was opened at, checked like If-Match so a save never overwrites someone else's.
/// </summary>
public sealed class HubEditForm
{
    public string? Version { get; set; }
    public string? Action { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Visibility { get; set; }
    public string? Message { get; set; }
    public List<SectionRow> Sections { get; set; } = [];
    public List<TopicRow> Technologies { get; set; } = [];
    public List<TopicRow> Concepts { get; set; } = [];
    public List<ChallengeRow> Challenges { get; set; } = [];
    public List<TakeawayRow> Takeaways { get; set; } = [];
    public List<SnippetRow> Snippets { get; set; } = [];
    public List<ResourceRow> Resources { get; set; } = [];
    public List<ProjectRow> Projects { get; set; } = [];
    public AuthorRow Author { get; set; } = new();

    public static HubEditForm From(HubResponse hub, string version) => new()
    {
        Version = version,
        Title = hub.Title,
        Summary = hub.Summary,
        Visibility = hub.Visibility,
        Sections = [.. hub.Sections.Select(s => new SectionRow { Kind = s.Kind, Title = s.Title, Markdown = s.Markdown })],
        Technologies = [.. hub.Technologies.Select(t => new TopicRow { Slug = t.Slug, Note = t.Note })],
        Concepts = [.. hub.Concepts.Select(t => new TopicRow { Slug = t.Slug, Note = t.Note })],
        Challenges = [.. hub.Challenges.Select(c => new ChallengeRow
        {
            Id = c.Id, Title = c.Title, Problem = c.Problem, Solution = c.Solution, Result = c.Result, Technologies = string.Join(", ", c.Technologies),
        })],
        Takeaways = [.. hub.Takeaways.Select(t => new TakeawayRow { Text = t.Text })],
        Snippets = [.. hub.Snippets.Select(s => new SnippetRow { Title = s.Title, Language = s.Language, Code = s.Code, Description = s.Description })],
        Resources = [.. hub.Resources.Select(r => new ResourceRow { Title = r.Title, Url = r.Url })],
        Projects = [.. hub.Projects.Select(p => new ProjectRow { Name = p.Name, Description = p.Description, RepositoryUrl = p.RepositoryUrl, Role = p.Role })],
        Author = new AuthorRow
        {
            Name = hub.Author?.Name, Program = hub.Author?.Program, Github = hub.Author?.Github, ProfileUrl = hub.Author?.ProfileUrl, Email = hub.Author?.Email,
        },
    };

    /// <summary>
    /// Drops the rows marked for removal, so row numbers match the request's (and its validation errors'). Parts the
    /// browser sent nothing for come back from form binding as null; they are empty.
    /// </summary>
    public void DropRemoved()
    {
        Sections ??= [];
        Technologies ??= [];
        Concepts ??= [];
        Challenges ??= [];
        Takeaways ??= [];
        Snippets ??= [];
        Resources ??= [];
        Projects ??= [];
        Author ??= new AuthorRow();
        Sections.RemoveAll(r => r.Remove);
        Technologies.RemoveAll(r => r.Remove);
        Concepts.RemoveAll(r => r.Remove);
        Challenges.RemoveAll(r => r.Remove);
        Takeaways.RemoveAll(r => r.Remove);
        Snippets.RemoveAll(r => r.Remove);
        Resources.RemoveAll(r => r.Remove);
        Projects.RemoveAll(r => r.Remove);
    }

    /// <summary>Appends an empty row for an "add-…" action; false when the action is not one.</summary>
    public bool TryAddRow(string? action)
    {
        switch (action)
        {
            case "add-section": Sections.Add(new SectionRow { Kind = "custom" }); return true;
            case "add-technology": Technologies.Add(new TopicRow()); return true;
            case "add-concept": Concepts.Add(new TopicRow()); return true;
            case "add-challenge": Challenges.Add(new ChallengeRow()); return true;
            case "add-takeaway": Takeaways.Add(new TakeawayRow()); return true;
            case "add-snippet": Snippets.Add(new SnippetRow()); return true;
            case "add-resource": Resources.Add(new ResourceRow()); return true;
            case "add-project": Projects.Add(new ProjectRow()); return true;
            default: return false;
        }
    }

    public HubWriteRequest ToRequest(string slug) => new(
        slug, Title, Summary ?? "", Visibility,
        [.. Sections.Select(s => new SectionWrite(s.Kind, s.Title, s.Markdown ?? ""))],
        [.. Technologies.Select(t => new TopicWrite(t.Slug?.Trim().ToLowerInvariant(), t.Note ?? ""))],
        [.. Concepts.Select(t => new TopicWrite(t.Slug?.Trim().ToLowerInvariant(), t.Note ?? ""))],
        [.. Challenges.Select(c => new ChallengeWrite(c.Id, c.Title, c.Problem, c.Solution ?? "", c.Result ?? "",
            [.. (c.Technologies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant())]))],
        [.. Takeaways.Select(t => new TakeawayDto(t.Text ?? ""))],
        [.. Snippets.Select(s => new SnippetDto(s.Title ?? "", s.Language ?? "", s.Code ?? "", s.Description ?? ""))],
        [.. Resources.Select(r => new ResourceDto(r.Title ?? "", r.Url ?? ""))],
        [.. Projects.Select(p => new ProjectDto(p.Name ?? "", p.Description ?? "", p.RepositoryUrl ?? "", p.Role ?? ""))],
        string.IsNullOrWhiteSpace(Message) ? null : Message,
        Author.IsEmpty ? null : new AuthorDto(Clean(Author.Name), Clean(Author.Program), Clean(Author.Github), Clean(Author.ProfileUrl), Clean(Author.Email)));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class SectionRow
{
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? Markdown { get; set; }
    public bool Remove { get; set; }
}

public sealed class TopicRow
{
    public string? Slug { get; set; }
    public string? Note { get; set; }
    public bool Remove { get; set; }
}

public sealed class ChallengeRow
{
    public long? Id { get; set; }
    public string? Title { get; set; }
    public string? Problem { get; set; }
    public string? Solution { get; set; }
    public string? Result { get; set; }

    /// <summary>Catalogue slugs, comma separated.</summary>
    public string? Technologies { get; set; }

    public bool Remove { get; set; }
}

public sealed class TakeawayRow
{
    public string? Text { get; set; }
    public bool Remove { get; set; }
}

public sealed class SnippetRow
{
    public string? Title { get; set; }
    public string? Language { get; set; }
    public string? Code { get; set; }
    public string? Description { get; set; }
    public bool Remove { get; set; }
}

public sealed class ResourceRow
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public bool Remove { get; set; }
}

public sealed class ProjectRow
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? RepositoryUrl { get; set; }
    public string? Role { get; set; }
    public bool Remove { get; set; }
}

public sealed class AuthorRow
{
    public string? Name { get; set; }
    public string? Program { get; set; }
    public string? Github { get; set; }
    public string? ProfileUrl { get; set; }
    public string? Email { get; set; }

    public bool IsEmpty => new[] { Name, Program, Github, ProfileUrl, Email }.All(string.IsNullOrWhiteSpace);
}
