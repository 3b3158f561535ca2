using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Http;

namespace Nexus.Web.Features.Hubs;

/// <summary>
/// Hub CRUD. Reads are anonymous and filtered by <see cref="HubAccessPolicy"/> (a hub the caller may not
/// read is a 404, never a 403); writes need a token and ownership (or admin); PUT needs If-Match.
/// </summary>
public static class HubEndpoints
{
    public static RouteGroupBuilder MapHubEndpoints(this RouteGroupBuilder api)
    {
        var hubs = api.MapGroup("/hubs").WithTags("Hubs");
        hubs.MapGet("/", ListAsync).AllowAnonymous().WithSummary("List the hubs the caller may read, newest first");
        hubs.MapPost("/", CreateAsync).RequireAuthorization().WithSummary("Create a hub owned by the caller");
        hubs.MapGet("/{slug}", GetAsync).AllowAnonymous().Produces<HubResponse>().WithSummary("A whole hub, with an ETag");
        hubs.MapPut("/{slug}", ReplaceAsync).RequireAuthorization().WithSummary("Replace a hub's content (If-Match required); stores a revision");
        hubs.MapDelete("/{slug}", DeleteAsync).RequireAuthorization().WithSummary("Delete a hub and its revisions");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<HubSummaryResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NexusDbContext db, CancellationToken cancellationToken,
        string? cohort = null, string? track = null, string? technology = null, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        var trackFilter = default(Accounts.LearnerTrack?);
        if (track is not null)
        {
            if (!Accounts.TrackNames.TryParse(track, out var parsed))
            {
                errors.Add("track", $"'track' must be {Accounts.TrackNames.Expected}.");
            }

            trackFilter = parsed;
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Hubs.AsNoTracking().Where(HubAccessPolicy.ReadableBy(user));
        if (!string.IsNullOrWhiteSpace(cohort))
        {
            query = query.Where(h => h.Owner.Cohort == cohort.Trim());
        }

        if (trackFilter is { } wantedTrack)
        {
            query = query.Where(h => h.Owner.Track == wantedTrack);
        }

        if (!string.IsNullOrWhiteSpace(technology))
        {
            var slug = technology.Trim().ToLowerInvariant();
            query = query.Where(h => h.Topics.Any(t => t.Entry.Slug == slug && t.Entry.Kind == Catalogue.TopicKind.Technology));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(h => h.UpdatedAt).ThenBy(h => h.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(h => new { h.Slug, h.Title, h.Summary, h.Visibility, h.Owner, h.Revision, h.UpdatedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(h => new HubSummaryResponse(
            h.Slug, h.Title, h.Summary, h.Visibility.ToWire(), HubMapper.ToOwner(h.Owner), h.Revision, h.UpdatedAt)).ToList();
        return TypedResults.Ok(new PagedResponse<HubSummaryResponse>(items, page, pageSize, total));
    }

    private static async Task<Results<Utf8JsonResult, ProblemHttpResult, StatusCodeHttpResult>> GetAsync(
        string slug, ClaimsPrincipal user, HubStore store, HubReadCache cache, HttpContext http, CancellationToken cancellationToken)
    {
        var cached = cache.Find(slug);
        if (cached is null)
        {
            var generation = cache.Generation;
            var hub = await store.LoadAsync(slug, forUpdate: false, cancellationToken);
            if (hub is not null)
            {
                var meta = new HubMeta(hub.Id, hub.Slug, hub.OwnerId, hub.Visibility, hub.Owner.Cohort, hub.Version, hub.Revision);
                cached = new CachedHub(meta, cache.Store(meta, HubMapper.ToResponse(hub), generation));
            }
        }

        if (cached is null || !HubAccessPolicy.CanRead(user, cached.Meta.OwnerId, cached.Meta.Visibility, cached.Meta.Cohort))
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        var etag = HubEtag.For(cached.Meta.Id, cached.Meta.Version);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return HubEtag.Matches(http.Request.Headers.IfNoneMatch, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : new Utf8JsonResult(cached.Json);
    }

    private static async Task<Results<Created<HubResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HubWriteRequest request, ClaimsPrincipal user, NexusDbContext db, HubValidator validator, HubStore store,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (valid, errors) = await validator.ValidateAsync(request, creating: true, cancellationToken);
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var owner = await db.Users.SingleOrDefaultAsync(u => u.Id == user.UserId(), cancellationToken);
        if (owner is null)
        {
            return ApiProblems.Forbidden("The account of this token no longer exists.");
        }

        var slug = request.Slug ?? await SlugGenerator.UniqueAsync(db, request.Title!, owner.Handle, cancellationToken);
        if (await db.Hubs.AnyAsync(h => h.Slug == slug, cancellationToken))
        {
            return ApiProblems.Conflict($"The slug '{slug}' is taken; choose another.");
        }

        var now = clock.GetUtcNow();
        var hub = new Hub { Slug = slug, OwnerId = owner.Id, Owner = owner, CreatedAt = now };
        HubWriter.Apply(hub, valid, now);
        db.Hubs.Add(hub);
        await store.SaveRevisionAsync(hub, owner.Id, request.Message?.Trim() is { Length: > 0 } m ? m : "Created", cancellationToken);
        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Created($"/api/v1/hubs/{hub.Slug}", HubMapper.ToResponse(hub));
    }

    private static async Task<Results<Ok<HubResponse>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string slug, HubWriteRequest request, ClaimsPrincipal user, HubValidator validator, HubStore store,
        TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var hub = await store.LoadAsync(slug, forUpdate: true, cancellationToken);
        if (hub is null || !HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Owner.Cohort))
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return ApiProblems.Forbidden("Only the hub's owner or an admin may edit it.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return ApiProblems.PreconditionRequired("Send If-Match with the ETag from GET /api/v1/hubs/{slug} so no one's changes are overwritten.");
        }

        if (!HubEtag.Matches(ifMatch, HubEtag.For(hub)))
        {
            return ApiProblems.PreconditionFailed("The hub changed since you read it (ETag mismatch). Reload it, reapply your edit and save again.");
        }

        var (valid, errors) = await validator.ValidateAsync(request, creating: false, cancellationToken);
        if (valid is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        HubWriter.Apply(hub, valid, clock.GetUtcNow());
        try
        {
            await store.SaveRevisionAsync(hub, user.UserId()!.Value, request.Message?.Trim() is { Length: > 0 } m ? m : "Edited", cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.PreconditionFailed("Someone saved this hub at the same moment. Reload it, reapply your edit and save again.");
        }

        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Ok(HubMapper.ToResponse(hub));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string slug, ClaimsPrincipal user, NexusDbContext db, HubStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var hub = await HubMeta.FindReadableAsync(db, slug, user, cancellationToken);
        if (hub is null)
        {
            return ApiProblems.NotFound($"No hub '{slug}'.");
        }

        if (!HubAccessPolicy.CanEdit(user, hub.OwnerId))
        {
            return ApiProblems.Forbidden("Only the hub's owner or an admin may delete it.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch) && !HubEtag.Matches(ifMatch, HubEtag.For(hub.Id, hub.Version)))
        {
            return ApiProblems.PreconditionFailed("The hub changed since you read it (ETag mismatch).");
        }

        await db.Hubs.Where(h => h.Id == hub.Id).ExecuteDeleteAsync(cancellationToken);
        await store.AnnounceChangedAsync(hub.Slug, cancellationToken);
        return TypedResults.NoContent();
    }
}
