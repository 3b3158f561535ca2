using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Imports;

/// <summary>
/// README import: JSON <c>{markdown, dryRun}</c> or multipart with a <c>file</c> (a README, or a .zip/.tar.gz
/// repository archive) and <c>dryRun</c>. A dry run answers the report and the would-be hub; a README creates
/// the hub (201); an archive becomes a background job (202) whose progress is at <c>/imports/{id}</c>.
/// </summary>
public static class ImportEndpoints
{
    public const long MaxUploadBytes = 60L * 1024 * 1024;

    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports").RequireAuthorization();
        imports.MapPost("/", ImportAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MaxUploadBytes })
            .DisableAntiforgery()
            .Accepts<ImportRequest>("application/json", "multipart/form-data")
            .Produces<ImportPreviewResponse>()
            .Produces<HubResponse>(StatusCodes.Status201Created)
            .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
            .WithSummary("Import a README (or a repository archive) into a hub; dryRun previews without saving");
        imports.MapGet("/{id:guid}", GetJobAsync).WithSummary("Progress and outcome of an archive import");
        return api;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, ClaimsPrincipal user, NexusDbContext db, HubImportService importer,
        ImportJobs jobs, CancellationToken cancellationToken)
    {
        var owner = await db.Users.SingleOrDefaultAsync(u => u.Id == user.UserId(), cancellationToken);
        if (owner is null)
        {
            return ApiProblems.Forbidden("The account of this token no longer exists.");
        }

        var (upload, problem) = await ImportUpload.ReadAsync(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (upload!.Visibility is not null && !WireNames.TryParseVisibility(upload.Visibility, out _))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["visibility"] = ["'visibility' must be 'public', 'cohort' or 'private'."] });
        }

        if (upload.IsArchive)
        {
            if (upload.DryRun)
            {
                return ApiProblems.BadRequest("Dry runs take one README", "Preview a README file; archives are imported as a background job.");
            }

            var job = await jobs.EnqueueAsync(upload, owner, cancellationToken);
            return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
        }

        var (report, plan) = await importer.PlanReadmeAsync(upload.Content, owner, upload.Visibility?.ToLowerInvariant(), cancellationToken);
        if (upload.DryRun)
        {
            return TypedResults.Ok(new ImportPreviewResponse(report, await importer.PreviewAsync(plan, owner, cancellationToken), plan.Proposals));
        }

        var (hub, errors) = await importer.CreateAsync(plan, owner, cancellationToken);
        if (hub is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The imported hub is not valid",
                detail: "The README was read, but the hub it makes breaks a limit; the errors name the parts.");
        }

        http.Response.Headers.ETag = HubEtag.For(hub);
        return TypedResults.Created($"/api/v1/hubs/{hub.Slug}", HubMapper.ToResponse(hub));
    }

    private static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> GetJobAsync(
        Guid id, ClaimsPrincipal user, ImportJobs jobs, CancellationToken cancellationToken) =>
        await jobs.FindAsync(id, user, cancellationToken) is { } job ? TypedResults.Ok(job) : ApiProblems.NotFound($"No import job {id}.");
}
