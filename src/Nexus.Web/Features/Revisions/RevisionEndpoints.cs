using System.Security.Claims;
using System.Text.Json;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Revisions;

/// <summary>Revision history of a hub: readable by whoever may read the hub; restore by its owner or an admin.</summary>
public static class RevisionEndpoints
{
    public static RouteGroupBuilder MapRevisionEndpoints(this RouteGroupBuilder api)
    {
        var hubs = api.MapGroup("/hubs/{slug}").WithTags("Revisions");
        hubs.MapGet("/revisions", ListAsync).AllowAnonymous().WithSummary("The hub's revisions, newest first");
        hubs.MapGet("/revisions/{number:int}", GetAsync).AllowAnonymous().WithSummary("One revision with its snapshot");
        hubs.MapGet("/diff", DiffAsync).AllowAnonymous().WithSummary("Line diff between two revisions");
        hubs.MapPost("/revisions/{number:int}/restore", RestoreAsync).RequireAuthorization()
            .WithSummary("Restore a revision's content as a new revision");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<RevisionSummary>>, ProblemHttpResult, ValidationProblem>> ListAsync(
        string slug, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        var revisions = db.HubRevisions.AsNoTracking().Where(r => r.HubId == hub.Id);
        var items = await revisions.OrderByDescending(r => r.Number).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Users, r => r.AuthorId, u => u.Id, (r, u) => new RevisionSummary(r.Number, r.Message, new RevisionAuthor(u.Handle, u.DisplayName), r.CreatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<RevisionSummary>(items, page, pageSize, await revisions.CountAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> GetAsync(
        string slug, int number, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        var revision = hub is null ? null : await FindAsync(db, hub.Id, number, cancellationToken);
        if (revision is null)
        {
            return ApiProblems.NotFound($"No revision {number} of hub '{slug}'.");
        }

        var (row, author) = revision.Value;
        return TypedResults.Ok(new RevisionResponse(row.Number, row.Message, author, row.CreatedAt, Snapshot(row)));
    }

    private static async Task<Results<Ok<DiffResponse>, ProblemHttpResult, ValidationProblem>> DiffAsync(
        string slug, int? from, int? to, ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["'from' and 'to' revision numbers are required."] });
        }

        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        var old = await FindAsync(db, hub.Id, from.Value, cancellationToken);
        var @new = await FindAsync(db, hub.Id, to.Value, cancellationToken);
        if (old is null || @new is null)
        {
            return ApiProblems.NotFound($"Hub '{slug}' has revisions 1 to {hub.Revision}; {(old is null ? from : to)} is not one of them.");
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

        return TypedResults.Ok(new DiffResponse(from.Value, to.Value,
            lines.Count(l => l.Type == "inserted"), lines.Count(l => l.Type == "deleted"), lines));
    }

    private static async Task<Results<Ok<HubResponse>, ProblemHttpResult, ValidationProblem>> RestoreAsync(
        string slug, int number, ClaimsPrincipal user, NexusDbContext db, HubStore store, HubValidator validator,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var hub = await store.LoadAsync(slug, forUpdate: true, cancellationToken);
        if (hub is null || !HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Owner.Cohort))
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return ApiProblems.Forbidden("Only the hub's owner or an admin may restore a revision.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch) && !HubEtag.Matches(ifMatch, HubEtag.For(hub)))
        {
            return ApiProblems.PreconditionFailed("The hub changed since you read it (ETag mismatch).");
        }

        var revision = await FindAsync(db, hub.Id, number, cancellationToken);
        if (revision is null)
        {
            return ApiProblems.NotFound($"No revision {number} of hub '{slug}'.");
        }

        var (valid, errors) = await validator.ValidateAsync(ToWrite(Snapshot(revision.Value.Row), number), creating: false, cancellationToken);
        if (valid is null)
        {
            // The catalogue changed since (an entry was removed): say what stands in the way.
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        HubWriter.Apply(hub, valid, clock.GetUtcNow());
        try
        {
            await store.SaveRevisionAsync(hub, user.UserId()!.Value, $"Restored revision {number}", cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.PreconditionFailed("Someone saved this hub at the same moment. Reload and try again.");
        }

        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Ok(HubMapper.ToResponse(hub));
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

    private static async Task<(HubRevision Row, RevisionAuthor Author)?> FindAsync(NexusDbContext db, long hubId, int number, CancellationToken cancellationToken)
    {
        var found = await db.HubRevisions.AsNoTracking().Where(r => r.HubId == hubId && r.Number == number)
            .Join(db.Users, r => r.AuthorId, u => u.Id, (r, u) => new { Row = r, u.Handle, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Row, new RevisionAuthor(found.Handle, found.DisplayName));
    }
}
