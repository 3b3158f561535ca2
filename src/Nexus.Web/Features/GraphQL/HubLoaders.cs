using Microsoft.EntityFrameworkCore;
using Nexus.GraphQL.Execution;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// Batched loads of hub parts: however many hubs a query shows, each part is one SQL statement (or a fixed few),
/// keyed by hub id. Results are the REST shapes, so both APIs show the same data.
/// </summary>
public static class HubLoaders
{
    public static Task<IReadOnlyList<SectionResponse>> SectionsAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.sections", hubId, async (db, ids, ct) =>
            (await db.HubSections.AsNoTracking().Where(s => ids.Contains(s.HubId)).OrderBy(s => s.Position).ToListAsync(ct))
            .ToLookup(s => s.HubId, s => new SectionResponse(Nexus.Documents.SectionKinds.ToWire(s.Kind), s.Title, s.Markdown, s.Position)));

    public static async Task<IReadOnlyList<TopicResponse>> TopicsAsync(ResolveContext context, long hubId, TopicKind kind)
    {
        var topics = await Load(context, "hub.topics", hubId, async (db, ids, ct) =>
            (await db.HubTopics.AsNoTracking().Include(t => t.Entry).Where(t => ids.Contains(t.HubId)).OrderBy(t => t.Position).ToListAsync(ct))
            .ToLookup(t => t.HubId));
        return [.. topics.Where(t => t.Entry.Kind == kind).Select(t => new TopicResponse(t.Entry.Slug, t.Entry.Name, t.Note))];
    }

    public static Task<IReadOnlyList<ChallengeResponse>> ChallengesAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.challenges", hubId, async (db, ids, ct) =>
            (await db.Challenges.AsNoTracking()
                .Include(c => c.Technologies).ThenInclude(t => t.Entry)
                .Include(c => c.VerifiedBy)
                .Where(c => ids.Contains(c.HubId)).OrderBy(c => c.Position)
                .AsSplitQuery().ToListAsync(ct))
            .ToLookup(c => c.HubId, HubMapper.ToChallenge));

    public static Task<IReadOnlyList<TakeawayDto>> TakeawaysAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.takeaways", hubId, async (db, ids, ct) =>
            (await db.Set<Takeaway>().AsNoTracking().Where(t => ids.Contains(t.HubId)).OrderBy(t => t.Position).ToListAsync(ct))
            .ToLookup(t => t.HubId, t => new TakeawayDto(t.Text)));

    public static Task<IReadOnlyList<SnippetDto>> SnippetsAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.snippets", hubId, async (db, ids, ct) =>
            (await db.Set<Snippet>().AsNoTracking().Where(s => ids.Contains(s.HubId)).OrderBy(s => s.Position).ToListAsync(ct))
            .ToLookup(s => s.HubId, s => new SnippetDto(s.Title, s.Language, s.Code, s.Description)));

    public static Task<IReadOnlyList<ResourceDto>> ResourcesAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.resources", hubId, async (db, ids, ct) =>
            (await db.Set<Resource>().AsNoTracking().Where(r => ids.Contains(r.HubId)).OrderBy(r => r.Position).ToListAsync(ct))
            .ToLookup(r => r.HubId, r => new ResourceDto(r.Title, r.Url)));

    public static Task<IReadOnlyList<ProjectDto>> ProjectsAsync(ResolveContext context, long hubId) =>
        Load(context, "hub.projects", hubId, async (db, ids, ct) =>
            (await db.Set<Project>().AsNoTracking().Where(p => ids.Contains(p.HubId)).OrderBy(p => p.Position).ToListAsync(ct))
            .ToLookup(p => p.HubId, p => new ProjectDto(p.Name, p.Description, p.RepositoryUrl, p.Role)));

    private static async Task<IReadOnlyList<T>> Load<T>(ResolveContext context, string name, long hubId,
        Func<Infrastructure.Database.NexusDbContext, List<long>, CancellationToken, Task<ILookup<long, T>>> query)
    {
        var nexus = context.Nexus();
        var loader = context.DataLoader<long, IReadOnlyList<T>>(name, async (ids, cancellationToken) =>
        {
            var keys = ids.ToList();
            var rows = await nexus.WithDbAsync(db => query(db, keys, cancellationToken));
            return keys.ToDictionary(id => id, id => (IReadOnlyList<T>)[.. rows[id]]);
        });
        return await loader.LoadAsync(hubId) ?? [];
    }
}
