using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>
/// Aggregates what readable hubs say about one catalogue entry. Every list starts from the hubs
/// <see cref="HubAccessPolicy.ReadableBy"/> lets the caller see, so hidden hubs count nowhere.
/// </summary>
public sealed class ReferenceGuideService(NexusDbContext db, SearchService search)
{
    /// <summary>The entry of that slug, or — for a slug merged away — the slug it now lives under.</summary>
    public async Task<(CatalogueEntry? Entry, string? MergedInto)> ResolveAsync(TopicKind kind, string slug, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        if (entry is not null)
        {
            return (entry, null);
        }

        var merged = await db.Set<CatalogueRedirect>().AsNoTracking().Where(r => r.Kind == kind && r.Slug == slug)
            .Select(r => r.Entry.Slug).SingleOrDefaultAsync(cancellationToken);
        return (null, merged);
    }

    public async Task<TopicGuideResponse> GuideAsync(CatalogueEntry entry, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var readable = db.Hubs.Where(HubAccessPolicy.ReadableBy(user));
        var skip = (page - 1) * pageSize;

        var learners = db.HubTopics.Where(t => t.EntryId == entry.Id)
            .Join(readable, t => t.HubId, h => h.Id, (t, h) => new { Topic = t, Hub = h });
        var learnerTotal = await learners.CountAsync(cancellationToken);
        var learnerRows = await learners.OrderByDescending(x => x.Hub.UpdatedAt).ThenBy(x => x.Topic.Id).Skip(skip).Take(pageSize)
            .Select(x => new { x.Hub.Owner.Handle, x.Hub.Owner.DisplayName, x.Hub.Owner.Track, x.Hub.Owner.Cohort, x.Hub.Slug, x.Hub.Title, x.Topic.Note })
            .ToListAsync(cancellationToken);

        // Technologies are linked to challenges directly; a concept's challenges are those of the hubs that list it.
        var challenges = entry.Kind == TopicKind.Technology
            ? db.Challenges.Where(c => c.Technologies.Any(t => t.EntryId == entry.Id))
            : db.Challenges.Where(c => db.HubTopics.Any(t => t.HubId == c.HubId && t.EntryId == entry.Id));
        var readableChallenges = challenges.Join(readable, c => c.HubId, h => h.Id, (c, h) => new { Challenge = c, Hub = h });
        var challengeTotal = await readableChallenges.CountAsync(cancellationToken);
        var verifiedTotal = await readableChallenges.CountAsync(x => x.Challenge.VerifiedById != null, cancellationToken);
        var challengeRows = await readableChallenges
            .OrderBy(x => x.Challenge.VerifiedById == null).ThenByDescending(x => x.Hub.UpdatedAt).ThenBy(x => x.Challenge.Id)
            .Skip(skip).Take(pageSize)
            .Select(x => new TopicChallenge(x.Challenge.Id, x.Challenge.Title, x.Challenge.Problem, x.Challenge.Solution, x.Challenge.Result,
                x.Hub.Slug, x.Hub.Owner.Handle, x.Hub.Owner.DisplayName, x.Challenge.VerifiedBy == null ? null : x.Challenge.VerifiedBy.Handle))
            .ToListAsync(cancellationToken);

        var takeaways = await TakeawaysAsync(entry, user, page, pageSize, cancellationToken);

        var related = await db.HubTopics
            .Where(t => t.EntryId != entry.Id && t.Entry.Kind == TopicKind.Technology
                        && db.HubTopics.Any(o => o.HubId == t.HubId && o.EntryId == entry.Id)
                        && readable.Any(h => h.Id == t.HubId))
            .GroupBy(t => new { t.Entry.Slug, t.Entry.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Slug).Take(10).ToListAsync(cancellationToken);

        return new TopicGuideResponse(entry.Slug, entry.Name, entry.Category, entry.Aliases,
            new TopicCounts(learnerTotal, challengeTotal, verifiedTotal, takeaways.Total),
            new PagedResponse<TopicLearner>(
                [.. learnerRows.Select(l => new TopicLearner(l.Handle, l.DisplayName, l.Track.ToWire(), l.Cohort, l.Slug, l.Title, l.Note))],
                page, pageSize, learnerTotal),
            new PagedResponse<TopicChallenge>(challengeRows, page, pageSize, challengeTotal),
            new PagedResponse<SearchHitResponse>(takeaways.Items, page, pageSize, takeaways.Total),
            [.. related.Select(r => new RelatedTopic(r.Slug, r.Name, r.Count))]);
    }

    /// <summary>Takeaways that name the entry, found through the full-text index (the name as a phrase).</summary>
    private async Task<SearchResponse> TakeawaysAsync(CatalogueEntry entry, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var words = SearchText.Tokenize(entry.Name);
        if (words.Count == 0)
        {
            return new SearchResponse(entry.Name, [], page, pageSize, 0, new SearchFacets([], [], [], []), false);
        }

        SearchTerm term = words.Count == 1 ? new WordTerm(words[0]) : new PhraseTerm(words);
        var query = new SearchQuery([term], [], SearchFilters.None with { Types = ["takeaway"] });
        return await search.SearchAsync(entry.Name, query, user, page, pageSize, cancellationToken, typoTolerant: false);
    }
}
