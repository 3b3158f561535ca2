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

        var query = HubListFilter.Apply(db.Hubs.AsNoTracking().Where(HubAccessPolicy.ReadableBy(user)), cohort, trackFilter, technology);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.NewestFirst()
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(h => new { h.Slug, h.Title, h.Summary, h.Visibility, h.Owner, h.Revision, h.UpdatedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Select(h => new HubSummaryResponse(
            h.Slug, h.Title, h.Summary, h.Visibility.ToWire(), HubMapper.ToOwner(h.Owner), h.Revision, h.UpdatedAt)).ToList();
        return TypedResults.Ok(new PagedResponse<HubSummaryResponse>(items, page, pageSize, total));
    }

    private static async Task<Results<Utf8JsonResult, ProblemHttpResult, StatusCodeHttpResult>> GetAsync(
        string slug, ClaimsPrincipal user, HubReader reader, HttpContext http, CancellationToken cancellationToken)
    {
        var cached = await reader.GetAsync(slug, cancellationToken);
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
        HubWriteRequest request, ClaimsPrincipal user, HubCommands commands, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await commands.CreateAsync(request, user, cancellationToken);
        if (outcome is HubWriteOutcome.Invalid invalid)
        {
            return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
        }

        if (outcome is not HubWriteOutcome.Saved { Hub: var hub })
        {
            return Problem(outcome);
        }

        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Created($"/api/v1/hubs/{hub.Slug}", HubMapper.ToResponse(hub));
    }

    private static async Task<Results<Ok<HubResponse>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string slug, HubWriteRequest request, ClaimsPrincipal user, HubCommands commands, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await commands.ReplaceAsync(slug, request, http.Request.Headers.IfMatch.ToString(), user, cancellationToken);
        if (outcome is HubWriteOutcome.Invalid invalid)
        {
            return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
        }

        if (outcome is not HubWriteOutcome.Saved { Hub: var hub })
        {
            return Problem(outcome);
        }

        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Ok(HubMapper.ToResponse(hub));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string slug, ClaimsPrincipal user, HubCommands commands, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await commands.DeleteAsync(slug, http.Request.Headers.IfMatch.ToString(), user, cancellationToken);
        return outcome is HubWriteOutcome.Saved ? TypedResults.NoContent() : Problem(outcome);
    }

    private static ProblemHttpResult Problem(HubWriteOutcome outcome) => outcome switch
    {
        HubWriteOutcome.NotFound notFound => ApiProblems.NotFound(notFound.Message),
        HubWriteOutcome.Forbidden forbidden => ApiProblems.Forbidden(forbidden.Message),
        HubWriteOutcome.Conflict conflict => ApiProblems.Conflict(conflict.Message),
        HubWriteOutcome.VersionRequired => ApiProblems.PreconditionRequired(
            "Send If-Match with the ETag from GET /api/v1/hubs/{slug} so no one's changes are overwritten."),
        HubWriteOutcome.Stale stale => ApiProblems.PreconditionFailed(stale.Message),
        _ => throw new InvalidOperationException($"A saved hub is not a problem: {outcome}"),
    };
}
