using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Revisions;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Hubs;

/// <summary>Loads whole hubs (a fixed number of statements, whatever the hub's size) and saves them with a revision.</summary>
public sealed class HubStore(NexusDbContext db, HubChangeFeed changes, SearchIndexer search, TimeProvider clock)
{
    // Saves inside a caller's transaction are announced only once the caller commits (see AnnounceCommitted):
    // a live subscriber told earlier would reload the hub before it is visible.
    private readonly List<(string Slug, int Revision)> _uncommitted = [];

    public static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    public Task<Hub?> LoadAsync(string slug, bool forUpdate, CancellationToken cancellationToken)
    {
        var query = db.Hubs
            .Include(h => h.Owner)
            .Include(h => h.Sections)
            .Include(h => h.Topics).ThenInclude(t => t.Entry)
            .Include(h => h.Challenges).ThenInclude(c => c.Technologies).ThenInclude(t => t.Entry)
            .Include(h => h.Challenges).ThenInclude(c => c.VerifiedBy)
            .Include(h => h.Takeaways)
            .Include(h => h.Snippets)
            .Include(h => h.Resources)
            .Include(h => h.Projects)
            .AsSplitQuery();
        return (forUpdate ? query : query.AsNoTracking()).SingleOrDefaultAsync(h => h.Slug == slug, cancellationToken);
    }

    /// <summary>
    /// Saves the tracked hub as a new revision in one transaction. The version check makes a concurrent
    /// writer that read the same version fail with <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public async Task SaveRevisionAsync(Hub hub, Guid authorId, string message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        hub.UpdatedAt = now;
        hub.Revision += 1;
        hub.Version += 1;
        // Joins the caller's transaction when there is one (an import also adds catalogue entries).
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.HubRevisions.Add(new HubRevision
            {
                HubId = hub.Id,
                Number = hub.Revision,
                Snapshot = JsonSerializer.Serialize(HubMapper.ToResponse(hub), SnapshotJson),
                AuthorId = authorId,
                Message = message,
                CreatedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            // The search index moves with the content, in the same transaction (deletes cascade in the database).
            await search.IndexAsync(hub, cancellationToken);
            await changes.PublishAsync(db, hub.Slug, cancellationToken, hub.Revision);
            if (ownTransaction is null)
            {
                _uncommitted.Add((hub.Slug, hub.Revision));
                return;
            }

            await ownTransaction.CommitAsync(cancellationToken);
        }

        changes.Committed(hub.Slug, hub.Revision);
    }

    /// <summary>The owner of a transaction that saves went into calls this after its commit.</summary>
    public void AnnounceCommitted()
    {
        foreach (var (slug, revision) in _uncommitted)
        {
            changes.Committed(slug, revision);
        }

        _uncommitted.Clear();
    }

    /// <summary>
    /// Runs a change made outside <see cref="SaveRevisionAsync"/> (a delete, a profile change) and raises its event in
    /// one transaction, then applies it to this node.
    /// </summary>
    public async Task ChangeAndAnnounceAsync(string slug, Func<Task> change, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await change();
            await changes.PublishAsync(db, slug, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        changes.Committed(slug);
    }

    /// <summary>The owner's profile shows in their hubs: bump their versions so ETags and cached copies move on.</summary>
    public async Task TouchHubsOfOwnerAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        await ChangeAndAnnounceAsync(HubChangeFeed.Everything, async () =>
        {
            // The owner's cohort is in the search documents' tags.
            await search.RetagAsync(await db.Hubs.Where(h => h.OwnerId == ownerId).Select(h => h.Id).ToListAsync(cancellationToken), cancellationToken);
            await db.Hubs.Where(h => h.OwnerId == ownerId)
                .ExecuteUpdateAsync(set => set.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        }, cancellationToken);
    }
}
