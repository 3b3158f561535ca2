using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Admin;

/// <summary>One kind of job: how many are waiting (due now or later), retrying after a failure, running, done and dead.</summary>
public sealed record JobQueueResponse(string Type, int Queued, int Retrying, int Running, int Succeeded, int Dead, DateTimeOffset? OldestDueAt);

public sealed record JobQueuesResponse(string Transport, IReadOnlyList<JobQueueResponse> Queues);

public sealed record JobResponse(
    Guid Id, string Type, string Status, int Attempts, int MaxAttempts, DateTimeOffset RunAfter, DateTimeOffset? LeaseUntil,
    string? LastError, string? IdempotencyKey, string Payload, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>
/// Admins watch the job queues (from the database, whatever the transport) and deal with failures: retry a dead or
/// retrying job now, or discard one that is not running.
/// </summary>
public static class JobAdminEndpoints
{
    /// <summary>The <c>status</c> filter: the stored states, plus <c>retrying</c> (queued again after a failure).</summary>
    private static readonly string[] Statuses = ["queued", "retrying", "running", "succeeded", "dead"];

    public static RouteGroupBuilder MapJobAdminEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/admin/jobs").WithTags("Admin").RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy);
        jobs.MapGet("/queues", QueuesAsync).WithSummary("Jobs by type and state, and the transport carrying them");
        jobs.MapGet("/", ListAsync).WithSummary("Jobs, newest change first, filtered by status (queued, retrying, running, succeeded, dead) and type");
        jobs.MapGet("/{id:guid}", GetAsync).WithSummary("One job with its payload and last error");
        jobs.MapPost("/{id:guid}/retry", RetryAsync).WithSummary("Run a dead or retrying job again now, with its attempts reset");
        jobs.MapDelete("/{id:guid}", DiscardAsync).WithSummary("Discard a job that is not running");
        return api;
    }

    private static async Task<Ok<JobQueuesResponse>> QueuesAsync(NexusDbContext db, IMessageTransport transport, CancellationToken cancellationToken)
    {
        var counts = await db.Jobs.AsNoTracking()
            .GroupBy(j => new { j.Type, j.Status, Retrying = j.Status == BackgroundJobStatus.Queued && j.LastError != null })
            .Select(g => new { g.Key.Type, g.Key.Status, g.Key.Retrying, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var oldest = await db.Jobs.AsNoTracking().Where(j => j.Status == BackgroundJobStatus.Queued)
            .GroupBy(j => j.Type).Select(g => new { Type = g.Key, Oldest = g.Min(j => j.RunAfter) }).ToListAsync(cancellationToken);
        int Count(string type, BackgroundJobStatus status, bool retrying = false) =>
            counts.Where(c => c.Type == type && c.Status == status && c.Retrying == retrying).Sum(c => c.Count);
        var queues = counts.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal)
            .Select(type => new JobQueueResponse(type, Count(type, BackgroundJobStatus.Queued), Count(type, BackgroundJobStatus.Queued, retrying: true),
                Count(type, BackgroundJobStatus.Running), Count(type, BackgroundJobStatus.Succeeded), Count(type, BackgroundJobStatus.Dead),
                oldest.FirstOrDefault(o => o.Type == type)?.Oldest))
            .ToList();
        return TypedResults.Ok(new JobQueuesResponse(transport.PublishesJobs ? "rabbitmq" : "embedded", queues));
    }

    private static async Task<Results<Ok<PagedResponse<JobResponse>>, ValidationProblem>> ListAsync(
        NexusDbContext db, CancellationToken cancellationToken, string? status = null, string? type = null, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("type", type, 100);
        if (status is not null && !Statuses.Contains(status))
        {
            errors.Add("status", $"'status' must be one of {string.Join(", ", Statuses)}.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Jobs.AsNoTracking();
        query = status switch
        {
            "queued" => query.Where(j => j.Status == BackgroundJobStatus.Queued && j.LastError == null),
            "retrying" => query.Where(j => j.Status == BackgroundJobStatus.Queued && j.LastError != null),
            "running" => query.Where(j => j.Status == BackgroundJobStatus.Running),
            "succeeded" => query.Where(j => j.Status == BackgroundJobStatus.Succeeded),
            "dead" => query.Where(j => j.Status == BackgroundJobStatus.Dead),
            _ => query,
        };
        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.Where(j => j.Type == type);
        }

        var total = await query.CountAsync(cancellationToken);
        var jobs = await query.OrderByDescending(j => j.UpdatedAt).ThenBy(j => j.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<JobResponse>([.. jobs.Select(ToResponse)], page, pageSize, total));
    }

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> GetAsync(Guid id, NexusDbContext db, CancellationToken cancellationToken) =>
        await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? TypedResults.Ok(ToResponse(job))
            : ApiProblems.NotFound($"No job {id}.");

    private static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> RetryAsync(
        Guid id, NexusDbContext db, OutboxSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retried = await db.Jobs.Where(j => j.Id == id && (j.Status == BackgroundJobStatus.Dead || j.Status == BackgroundJobStatus.Queued))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, BackgroundJobStatus.Queued).SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.RunAfter, now).SetProperty(j => j.PublishedAt, (DateTimeOffset?)null)
                .SetProperty(j => j.FinishedAt, (DateTimeOffset?)null).SetProperty(j => j.UpdatedAt, now), cancellationToken);
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return ApiProblems.NotFound($"No job {id}.");
        }

        if (retried == 0)
        {
            return ApiProblems.Conflict($"Job {id} is {job.Status.ToString().ToLowerInvariant()}; only dead or queued jobs can be retried.");
        }

        signal.Pulse();
        return TypedResults.Ok(ToResponse(job));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DiscardAsync(Guid id, NexusDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Jobs.Where(j => j.Id == id && j.Status != BackgroundJobStatus.Running).ExecuteDeleteAsync(cancellationToken) == 1)
        {
            return TypedResults.NoContent();
        }

        return await db.Jobs.AnyAsync(j => j.Id == id, cancellationToken)
            ? ApiProblems.Conflict($"Job {id} is running; wait for it to finish or fail.")
            : ApiProblems.NotFound($"No job {id}.");
    }

    private static JobResponse ToResponse(BackgroundJob job) => new(
        job.Id, job.Type, Status(job), job.Attempts, job.MaxAttempts, job.RunAfter, job.LeaseUntil, job.LastError, job.IdempotencyKey, job.Payload,
        job.CreatedAt, job.UpdatedAt, job.FinishedAt);

    private static string Status(BackgroundJob job) => job.Status == BackgroundJobStatus.Queued && job.LastError is not null
        ? "retrying"
        : job.Status.ToString().ToLowerInvariant();
}
