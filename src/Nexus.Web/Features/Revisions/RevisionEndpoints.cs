using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;

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
        string slug, ClaimsPrincipal user, RevisionService revisions, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var list = await revisions.ListAsync(slug, user, page, pageSize, cancellationToken);
        return list is null ? ApiProblems.NotFound($"No hub '{slug}'.") : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> GetAsync(
        string slug, int number, ClaimsPrincipal user, RevisionService revisions, CancellationToken cancellationToken) =>
        await revisions.GetAsync(slug, number, user, cancellationToken) is { } revision
            ? TypedResults.Ok(revision)
            : ApiProblems.NotFound($"No revision {number} of hub '{slug}'.");

    private static async Task<Results<Ok<DiffResponse>, ProblemHttpResult, ValidationProblem>> DiffAsync(
        string slug, int? from, int? to, ClaimsPrincipal user, RevisionService revisions, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["'from' and 'to' revision numbers are required."] });
        }

        var (diff, notFound) = await revisions.DiffAsync(slug, from.Value, to.Value, user, cancellationToken);
        return diff is null ? ApiProblems.NotFound(notFound!) : TypedResults.Ok(diff);
    }

    private static async Task<Results<Ok<HubResponse>, ProblemHttpResult, ValidationProblem>> RestoreAsync(
        string slug, int number, ClaimsPrincipal user, RevisionService revisions, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await revisions.RestoreAsync(slug, number, http.Request.Headers.IfMatch.ToString(), user, cancellationToken);
        switch (outcome)
        {
            case HubWriteOutcome.Saved { Hub: var hub }:
                http.Response.Headers.ETag = HubEtag.For(hub);
                return TypedResults.Ok(HubMapper.ToResponse(hub));
            case HubWriteOutcome.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors.ToDictionary());
            case HubWriteOutcome.Forbidden forbidden:
                return ApiProblems.Forbidden(forbidden.Message);
            case HubWriteOutcome.Stale stale:
                return ApiProblems.PreconditionFailed(stale.Message);
            default:
                return ApiProblems.NotFound(((HubWriteOutcome.NotFound)outcome).Message);
        }
    }
}
