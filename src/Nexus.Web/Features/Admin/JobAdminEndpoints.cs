using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Admin;

/// <summary>
/// Admins watch the job queues and deal with failures (<see cref="JobAdmin"/> over REST).
/// </summary>
public static class JobAdminEndpoints
{
    public static RouteGroupBuilder MapJobAdminEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("Admin").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        jobs.MapGet("/queues", async Task<Ok<JobQueuesResponse>> (JobAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.QueuesAsync(ct)))
            .WithSummary("Jobs by type and state, and the transport carrying them");
        jobs.MapGet("/", async Task<Results<Ok<PagedResponse<JobResponse>>, ValidationProblem, ProblemHttpResult>> (
                JobAdmin admin, CancellationToken ct, string? status = null, string? type = null, int page = 1, int pageSize = 50) =>
            (await admin.ListAsync(status, type, page, pageSize, ct)).ToHttpResult())
            .WithSummary("Jobs filtered by status (queued, retrying, running, succeeded, dead) and type: dead first, then retrying, then newest change");
        jobs.MapGet("/{id:guid}", async Task<Results<Ok<JobResponse>, ValidationProblem, ProblemHttpResult>> (Guid id, JobAdmin admin, CancellationToken ct) =>
            (await admin.GetAsync(id, ct)).ToHttpResult()).WithSummary("One job with its payload and last error");
        jobs.MapPost("/{id:guid}/retry", async Task<Results<Ok<JobResponse>, ValidationProblem, ProblemHttpResult>> (Guid id, JobAdmin admin, CancellationToken ct) =>
            (await admin.RetryAsync(id, ct)).ToHttpResult()).WithSummary("Run a dead or retrying job again now, with its attempts reset");
        jobs.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, JobAdmin admin, CancellationToken ct) =>
            await admin.DiscardAsync(id, ct) is { Problem: { } problem } outcome
                ? outcome is Outcome<Guid>.Conflict ? ApiProblems.Conflict(problem) : ApiProblems.NotFound(problem)
                : TypedResults.NoContent()).WithSummary("Discard a job that is not running");
        return api;
    }
}
