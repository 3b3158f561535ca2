using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
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
/// The job queues as stored in the database (whatever the transport) and what admins do about failures: retry a dead
/// or retrying job now, or discard one that is not running. For the REST API and the admin page (callers allow admins only).
/// </summary>
public sealed class JobAdmin(NexusDbContext db, IMessageTransport transport, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>The <c>status</c> filter: the stored states, plus <c>retrying</c> (queued again after a failure).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["queued", "retrying", "running", "succeeded", "dead"];

    public async Task<JobQueuesResponse> QueuesAsync(CancellationToken cancellationToken)
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
        return new JobQueuesResponse(transport.PublishesJobs ? "rabbitmq" : "embedded", queues);
    }

    /// <summary>Jobs filtered by status and type: dead first, then retrying, then the most recently changed.</summary>
    public async Task<Outcome<PagedResponse<JobResponse>>> ListAsync(string? status, string? type, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("type", type, 100);
        if (status is not null && !Statuses.Contains(status))
        {
            errors.Add("status", $"'status' must be one of {string.Join(", ", Statuses)}.");
        }

        if (errors.Any)
        {
            return new Outcome<PagedResponse<JobResponse>>.Invalid(errors);
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
        var jobs = await query
            .OrderBy(j => j.Status == BackgroundJobStatus.Dead ? 0 : j.Status == BackgroundJobStatus.Queued && j.LastError != null ? 1 : 2)
            .ThenByDescending(j => j.UpdatedAt).ThenBy(j => j.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Outcome<PagedResponse<JobResponse>>.Done(new PagedResponse<JobResponse>([.. jobs.Select(ToResponse)], page, pageSize, total));
    }

    public async Task<Outcome<JobResponse>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? new Outcome<JobResponse>.Done(ToResponse(job))
            : NoJob(id);

    /// <summary>Queues a dead or retrying job to run now with its attempts reset, and wakes the dispatcher.</summary>
    public async Task<Outcome<JobResponse>> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var retried = await db.Jobs.Where(j => j.Id == id && (j.Status == BackgroundJobStatus.Dead || j.Status == BackgroundJobStatus.Queued))
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, BackgroundJobStatus.Queued).SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.RunAfter, now).SetProperty(j => j.PublishedAt, (DateTimeOffset?)null)
                .SetProperty(j => j.FinishedAt, (DateTimeOffset?)null).SetProperty(j => j.UpdatedAt, now), cancellationToken);
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return NoJob(id);
        }

        if (retried == 0)
        {
            return new Outcome<JobResponse>.Conflict($"Job {id} is {job.Status.ToString().ToLowerInvariant()}; only dead or queued jobs can be retried.");
        }

        signal.Pulse();
        return new Outcome<JobResponse>.Done(ToResponse(job));
    }

    /// <summary>Deletes a job that is not running; the value is the discarded job's id.</summary>
    public async Task<Outcome<Guid>> DiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Jobs.Where(j => j.Id == id && j.Status != BackgroundJobStatus.Running).ExecuteDeleteAsync(cancellationToken) == 1)
        {
            return new Outcome<Guid>.Done(id);
        }

        return await db.Jobs.AnyAsync(j => j.Id == id, cancellationToken)
            ? new Outcome<Guid>.Conflict($"Job {id} is running; wait for it to finish or fail.")
            : new Outcome<Guid>.NotFound($"No job {id}.");
    }

    private static Outcome<JobResponse>.NotFound NoJob(Guid id) => new($"No job {id}.");

    private static JobResponse ToResponse(BackgroundJob job) => new(
        job.Id, job.Type, Status(job), job.Attempts, job.MaxAttempts, job.RunAfter, job.LeaseUntil, job.LastError, job.IdempotencyKey, job.Payload,
        job.CreatedAt, job.UpdatedAt, job.FinishedAt);

    private static string Status(BackgroundJob job) => job.Status == BackgroundJobStatus.Queued && job.LastError is not null
        ? "retrying"
        : job.Status.ToString().ToLowerInvariant();
}
