using System.Security.Claims;
using System.Text.Json;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Revisions;

/// <summary>A hub's history for the REST API and the web UI: list, snapshots, line diffs and restore (as a new revision).</summary>
public sealed class RevisionService(NexusDbContext db, HubStore store, HubValidator validator, TimeProvider clock)
{
    /// <summary>Null when the hub does not exist or the caller may not read it.</summary>
    public async Task<PagedResponse<RevisionSummary>?> ListAsync(string slug, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return null;
        }

        var revisions = db.HubRevisions.AsNoTracking().Where(r => r.HubId == hub.Id);
        var items = await revisions.OrderByDescending(r => r.Number).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Users, r => r.AuthorId, u => u.Id, (r, u) => new RevisionSummary(r.Number, r.Message, new RevisionAuthor(u.Handle, u.DisplayName), r.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResponse<RevisionSummary>(items, page, pageSize, await revisions.CountAsync(cancellationToken));
    }

    public async Task<RevisionResponse?> GetAsync(string slug, int number, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        var revision = hub is null ? null : await FindAsync(hub.Id, number, cancellationToken);
        return revision is { } found ? new RevisionResponse(found.Row.Number, found.Row.Message, found.Author, found.Row.CreatedAt, Snapshot(found.Row)) : null;
    }

    /// <summary>The diff, or the reason there is none (no such hub, or no such revision).</summary>
    public async Task<(DiffResponse? Diff, string? NotFound)> DiffAsync(string slug, int from, int to, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return (null, $"No hub '{slug}'.");
        }

        var old = await FindAsync(hub.Id, from, cancellationToken);
        var @new = await FindAsync(hub.Id, to, cancellationToken);
        if (old is null || @new is null)
        {
            return (null, $"Hub '{slug}' has revisions 1 to {hub.Revision}; {(old is null ? from : to)} is not one of them.");
        }

        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(
            RevisionText.Render(Snapshot(old.Value.Row)), RevisionText.Render(Snapshot(@new.Value.Row)), ignoreWhitespace: false);
        var lines = new List<DiffLine>(model.Lines.Count);
        int oldLine = 0, newLine = 0;
        foreach (var line in model.Lines)
        {
            lines.Add(line.Type switch
            {
                ChangeType.Inserted => new DiffLine("inserted", line.Text, null, ++newLine),
                ChangeType.Deleted => new DiffLine("deleted", line.Text, ++oldLine, null),
                _ => new DiffLine("unchanged", line.Text, ++oldLine, ++newLine),
            });
        }

        return (new DiffResponse(from, to, lines.Count(l => l.Type == "inserted"), lines.Count(l => l.Type == "deleted"), lines), null);
    }

    /// <summary>Restores a revision's content as a new revision; <paramref name="expectedEtag"/> is checked when given.</summary>
    public async Task<HubWriteOutcome> RestoreAsync(string slug, int number, string? expectedEtag, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hub = await store.LoadAsync(slug, forUpdate: true, cancellationToken);
        if (hub is null || !HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Owner.Cohort))
        {
            return new HubWriteOutcome.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return new HubWriteOutcome.Forbidden("Only the hub's owner or an admin may restore a revision.");
        }

        if (!string.IsNullOrWhiteSpace(expectedEtag) && !HubEtag.Matches(expectedEtag, HubEtag.For(hub)))
        {
            return new HubWriteOutcome.Stale("The hub changed since you read it (ETag mismatch).");
        }

        var revision = await FindAsync(hub.Id, number, cancellationToken);
        if (revision is null)
        {
            return new HubWriteOutcome.NotFound($"No revision {number} of hub '{slug}'.");
        }

        var (valid, errors) = await validator.ValidateAsync(ToWrite(Snapshot(revision.Value.Row), number), creating: false, cancellationToken);
        if (valid is null)
        {
            // The catalogue changed since (an entry was removed): say what stands in the way.
            return new HubWriteOutcome.Invalid(errors);
        }

        HubWriter.Apply(hub, valid, clock.GetUtcNow());
        try
        {
            await store.SaveRevisionAsync(hub, user.UserId()!.Value, $"Restored revision {number}", cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new HubWriteOutcome.Stale("Someone saved this hub at the same moment. Reload and try again.");
        }

        return new HubWriteOutcome.Saved(hub);
    }

    private static HubWriteRequest ToWrite(HubResponse snapshot, int number) => new(
        snapshot.Slug, snapshot.Title, snapshot.Summary, snapshot.Visibility,
        [.. snapshot.Sections.Select(s => new SectionWrite(s.Kind, s.Title, s.Markdown))],
        [.. snapshot.Technologies.Select(t => new TopicWrite(t.Slug, t.Note))],
        [.. snapshot.Concepts.Select(t => new TopicWrite(t.Slug, t.Note))],
        [.. snapshot.Challenges.Select(c => new ChallengeWrite(c.Id, c.Title, c.Problem, c.Solution, c.Result, c.Technologies))],
        snapshot.Takeaways, snapshot.Snippets, snapshot.Resources, snapshot.Projects,
        $"Restored revision {number}", snapshot.Author);

    private static HubResponse Snapshot(HubRevision revision) =>
        JsonSerializer.Deserialize<HubResponse>(revision.Snapshot, HubStore.SnapshotJson)!;

    private async Task<(HubRevision Row, RevisionAuthor Author)?> FindAsync(long hubId, int number, CancellationToken cancellationToken)
    {
        var found = await db.HubRevisions.AsNoTracking().Where(r => r.HubId == hubId && r.Number == number)
            .Join(db.Users, r => r.AuthorId, u => u.Id, (r, u) => new { Row = r, u.Handle, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Row, new RevisionAuthor(found.Handle, found.DisplayName));
    }
}
