using Nexus.Web.Features.Catalogue;

namespace Nexus.Web.Features.Hubs;

/// <summary>Applies a validated write to a tracked hub, updating rows in place where it can so ids stay stable.</summary>
public static class HubWriter
{
    public static void Apply(Hub hub, ValidHubWrite valid, DateTimeOffset now)
    {
        var request = valid.Request;
        hub.Title = request.Title!.Trim();
        hub.Summary = request.Summary?.Trim() ?? "";
        hub.Visibility = valid.Visibility;
        hub.UpdatedAt = now;
        var author = request.Author;
        (hub.AuthorName, hub.AuthorProgram, hub.AuthorGithub, hub.AuthorProfileUrl, hub.AuthorEmail) =
            (Clean(author?.Name), Clean(author?.Program), Clean(author?.Github), Clean(author?.ProfileUrl), Clean(author?.Email));

        var sections = request.Sections ?? [];
        Sync(hub.Sections, sections.Count, () => new HubSection(), (row, i) =>
        {
            row.Kind = valid.SectionKinds[i];
            row.Title = sections[i].Title!.Trim();
            row.Markdown = sections[i].Markdown ?? "";
            row.Position = i;
        });
        SyncTopics(hub, TopicKind.Technology, request.Technologies ?? [], valid.Technologies);
        SyncTopics(hub, TopicKind.Concept, request.Concepts ?? [], valid.Concepts);
        SyncChallenges(hub, request.Challenges ?? [], valid.Technologies);

        var takeaways = request.Takeaways ?? [];
        Sync(hub.Takeaways, takeaways.Count, () => new Takeaway(), (row, i) =>
        {
            row.Text = takeaways[i].Text.Trim();
            row.Position = i;
        });
        var snippets = request.Snippets ?? [];
        Sync(hub.Snippets, snippets.Count, () => new Snippet(), (row, i) =>
        {
            (row.Title, row.Language, row.Code, row.Description) =
                (snippets[i].Title?.Trim() ?? "", snippets[i].Language?.Trim().ToLowerInvariant() ?? "", snippets[i].Code, snippets[i].Description ?? "");
            row.Position = i;
        });
        var resources = request.Resources ?? [];
        Sync(hub.Resources, resources.Count, () => new Resource(), (row, i) =>
        {
            (row.Title, row.Url) = (resources[i].Title.Trim(), resources[i].Url.Trim());
            row.Position = i;
        });
        var projects = request.Projects ?? [];
        Sync(hub.Projects, projects.Count, () => new Project(), (row, i) =>
        {
            (row.Name, row.Description, row.RepositoryUrl, row.Role) =
                (projects[i].Name.Trim(), projects[i].Description ?? "", projects[i].RepositoryUrl?.Trim() ?? "", projects[i].Role?.Trim() ?? "");
            row.Position = i;
        });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Sync<T>(List<T> rows, int count, Func<T> create, Action<T, int> apply)
    {
        while (rows.Count > count)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        for (var i = 0; i < count; i++)
        {
            if (i == rows.Count)
            {
                rows.Add(create());
            }

            apply(rows[i], i);
        }
    }

    private static void SyncTopics(Hub hub, TopicKind kind, IReadOnlyList<TopicWrite> topics, IReadOnlyDictionary<string, CatalogueEntry> entries)
    {
        var wanted = topics.Select((t, i) => (Entry: entries[t.Slug!.Trim().ToLowerInvariant()], t.Note, Position: i)).ToList();
        hub.Topics.RemoveAll(row => row.Entry.Kind == kind && wanted.All(w => w.Entry.Id != row.EntryId));
        foreach (var (entry, note, position) in wanted)
        {
            var row = hub.Topics.FirstOrDefault(t => t.EntryId == entry.Id);
            if (row is null)
            {
                row = new HubTopic { EntryId = entry.Id, Entry = entry };
                hub.Topics.Add(row);
            }

            row.Note = note?.Trim() ?? "";
            row.Position = position;
        }
    }

    private static void SyncChallenges(Hub hub, IReadOnlyList<ChallengeWrite> challenges, IReadOnlyDictionary<string, CatalogueEntry> technologies)
    {
        var keptIds = challenges.Where(c => c.Id is not null).Select(c => c.Id!.Value).ToHashSet();
        hub.Challenges.RemoveAll(row => !keptIds.Contains(row.Id));
        for (var i = 0; i < challenges.Count; i++)
        {
            var write = challenges[i];
            var row = write.Id is { } id ? hub.Challenges.FirstOrDefault(c => c.Id == id) : null;
            if (row is null)
            {
                row = new Challenge();
                hub.Challenges.Add(row);
            }

            var (title, problem, solution, result) =
                (write.Title!.Trim(), write.Problem?.Trim() ?? "", write.Solution?.Trim() ?? "", write.Result?.Trim() ?? "");
            if (row.VerifiedById is not null && (row.Title, row.Problem, row.Solution, row.Result) != (title, problem, solution, result))
            {
                // A mentor verified the text as it was; an edited challenge needs verifying again.
                (row.VerifiedById, row.VerifiedBy, row.VerifiedAt) = (null, null, null);
            }

            (row.Title, row.Problem, row.Solution, row.Result, row.Position) = (title, problem, solution, result, i);
            var slugs = (write.Technologies ?? []).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList();
            row.Technologies.RemoveAll(t => !slugs.Contains(t.Entry.Slug));
            foreach (var slug in slugs.Where(s => row.Technologies.All(t => t.Entry.Slug != s)))
            {
                var entry = technologies[slug];
                row.Technologies.Add(new ChallengeTechnology { EntryId = entry.Id, Entry = entry });
            }
        }
    }
}
