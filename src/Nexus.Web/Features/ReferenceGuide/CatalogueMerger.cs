using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record MergeResponse(CatalogueEntryResponse Entry, int MovedTopics, int CombinedTopics, int MovedChallengeLinks);

/// <summary>
/// Merges a duplicate catalogue entry into another (for the REST API and the admin pages; callers allow admins only):
/// every hub topic and challenge link moves to the target, a hub that listed both keeps one topic with both notes, the
/// old name, slug and aliases become aliases of the target, and the old slug redirects. One transaction: a merge
/// happens entirely or not at all.
/// </summary>
public sealed class CatalogueMerger(NexusDbContext db, HubChangeFeed changes, SearchIndexer search)
{
    public async Task<Outcome<MergeResponse>> MergeAsync(TopicKind kind, string slug, string? into, CancellationToken cancellationToken)
    {
        into = into?.Trim().ToLowerInvariant();
        var errors = new ValidationErrors().Slug("into", into, 64);
        if (!errors.Any && into == slug)
        {
            errors.Add("into", "An entry cannot be merged into itself.");
        }

        if (errors.Any)
        {
            return new Outcome<MergeResponse>.Invalid(errors);
        }

        var source = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        var target = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == into, cancellationToken);
        if (source is null || target is null)
        {
            return new Outcome<MergeResponse>.NotFound($"No {kind.ToString().ToLowerInvariant()} '{(source is null ? slug : into)}'.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hubIds = await db.HubTopics.Where(t => t.EntryId == source.Id).Select(t => t.HubId)
            .Union(db.Challenges.Where(c => c.Technologies.Any(t => t.EntryId == source.Id)).Select(c => c.HubId))
            .ToListAsync(cancellationToken);

        // Hub topics: move, or fold into the hub's existing topic for the target (keeping both notes).
        var topics = await db.HubTopics.Where(t => t.EntryId == source.Id || t.EntryId == target.Id)
            .Where(t => db.HubTopics.Any(s => s.HubId == t.HubId && s.EntryId == source.Id)).ToListAsync(cancellationToken);
        int moved = 0, combined = 0;
        foreach (var topic in topics.Where(t => t.EntryId == source.Id))
        {
            var existing = topics.SingleOrDefault(t => t.HubId == topic.HubId && t.EntryId == target.Id);
            if (existing is null)
            {
                topic.EntryId = target.Id;
                moved++;
                continue;
            }

            if (topic.Note.Length > 0 && !existing.Note.Contains(topic.Note, StringComparison.Ordinal))
            {
                existing.Note = existing.Note.Length == 0 ? topic.Note : $"{existing.Note}\n\n{topic.Note}";
            }

            db.HubTopics.Remove(topic);
            combined++;
        }

        // Challenge links: the key is the pair, so links are re-created on the target where missing, then dropped.
        var links = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO challenge_technologies (challenge_id, entry_id)
            SELECT challenge_id, {target.Id} FROM challenge_technologies
            WHERE entry_id = {source.Id} AND challenge_id NOT IN (SELECT challenge_id FROM challenge_technologies WHERE entry_id = {target.Id})
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM challenge_technologies WHERE entry_id = {source.Id}", cancellationToken);

        target.Aliases = [.. target.Aliases.Concat([source.Name, source.Slug, .. source.Aliases])
            .Where(a => !a.Equals(target.Name, StringComparison.OrdinalIgnoreCase) && !a.Equals(target.Slug, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(30)];
        await db.Set<CatalogueRedirect>().Where(r => r.EntryId == source.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.EntryId, target.Id), cancellationToken);
        db.Set<CatalogueRedirect>().Add(new CatalogueRedirect { Kind = kind, Slug = source.Slug, EntryId = target.Id });
        // Followers of the merged entry follow the surviving one; a follower of both keeps one follow (the rest cascade).
        await db.Follows.Where(f => f.TechnologyId == source.Id && !db.Follows.Any(t => t.TechnologyId == target.Id && t.FollowerId == f.FollowerId))
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.TechnologyId, target.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.CatalogueEntries.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        await search.RetagAsync(hubIds, cancellationToken);

        // The hubs show the entry: new versions move their ETags and cached copies on.
        await db.Hubs.Where(h => hubIds.Contains(h.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        await changes.PublishAsync(db, HubChangeFeed.Everything, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changes.Committed(HubChangeFeed.Everything);
        return new Outcome<MergeResponse>.Done(new MergeResponse(new CatalogueEntryResponse(target.Slug, target.Name, target.Category, target.Aliases), moved, combined, links));
    }
}
