using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Claims one job (an atomic update: of two workers, or two deliveries of one message, one wins), runs its handler
/// under a renewed lease and records the outcome: done, retried after a backoff, dead, or released on shutdown.
/// The embedded workers and the broker's consumers both run jobs through here.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes, JobRegistry registry, IOptions<JobOptions> options, TimeProvider clock, JobMetrics metrics, ILogger<JobRunner> logger)
{
    private const int MaxErrorLength = 4000;
    private const int CandidatesPerClaim = 8;

    /// <summary>Claims the oldest due job, if any, and runs it. False when nothing was due.</summary>
    public async Task<bool> RunNextDueAsync(CancellationToken stopping, CancellationToken abort)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
            var now = clock.GetUtcNow();
            candidates = await db.Jobs.AsNoTracking().Where(j => j.Status == BackgroundJobStatus.Queued && j.RunAfter <= now)
                .OrderBy(j => j.RunAfter).Select(j => j.Id).Take(CandidatesPerClaim).ToListAsync(stopping);
        }

        if (candidates.Count == 0)
        {
            return false;
        }

        // One of the oldest few, at random: workers polling together mostly claim different jobs instead of racing for one.
        await RunAsync(candidates[Random.Shared.Next(candidates.Count)], abort);
        return true;
    }

    /// <summary>Runs the job if it can be claimed now. <paramref name="abort"/> cancels the handler (shutdown).</summary>
    public async Task<JobOutcome> RunAsync(Guid jobId, CancellationToken abort)
    {
        var owner = Guid.NewGuid().ToString("N");
        var job = await ClaimAsync(jobId, owner);
        if (job is null)
        {
            return JobOutcome.NotClaimed;
        }

        var registration = registry.Find(job.Type);
        if (registration is null)
        {
            return await FinishFailedAsync(job, owner, $"No handler is registered for job type '{job.Type}' on this node.", dead: true);
        }

        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var renewing = RenewLeaseAsync(job.Id, owner, heartbeat.Token);
        var started = Stopwatch.GetTimestamp();
        var context = new JobContext(job.Id, job.Type, job.Attempts, job.MaxAttempts);
        try
        {
            var completed = await InvokeAsync(registration, job, owner, context, abort);
            metrics.Completed(job.Type, Stopwatch.GetElapsedTime(started));
            return completed ? JobOutcome.Succeeded : JobOutcome.NotClaimed;
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await ReleaseAsync(job.Id, owner);
            return JobOutcome.Released;
        }
        catch (Exception error)
        {
            metrics.Failed(job.Type, Stopwatch.GetElapsedTime(started));
            logger.LogWarning(error, "Job {Job} ({Type}) failed on attempt {Attempt} of {Max}", job.Id, job.Type, job.Attempts, job.MaxAttempts);
            var text = $"{error.GetType().FullName}: {error.Message}{Environment.NewLine}{error.StackTrace}";
            return await FinishFailedAsync(job, owner, text, dead: job.Attempts >= job.MaxAttempts);
        }
        finally
        {
            await heartbeat.CancelAsync();
            await renewing;
        }
    }

    /// <summary>
    /// Runs the handler; a transactional one shares its transaction with the update that marks the job done, and
    /// that update only matches while this worker still holds the lease — otherwise everything rolls back.
    /// </summary>
    private async Task<bool> InvokeAsync(JobRegistration registration, BackgroundJob job, string owner, JobContext context, CancellationToken abort)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        if (!registration.Transactional)
        {
            await registration.Invoke(scope.ServiceProvider, job.Payload, context, abort);
            return await MarkSucceededAsync(db, job.Id, owner) == 1;
        }

        await using var transaction = await BeginAsync(db, abort);
        await registration.Invoke(scope.ServiceProvider, job.Payload, context, abort);
        if (await MarkSucceededAsync(db, job.Id, owner) != 1)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            logger.LogWarning("Job {Job} lost its lease while running; its writes were rolled back", job.Id);
            return false;
        }

        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// SQLite takes the write lock at BEGIN (IMMEDIATE): a deferred transaction that read first cannot write once another
    /// connection committed after its read began (WAL answers SQLITE_BUSY_SNAPSHOT, which Microsoft.Data.Sqlite retries
    /// until its command timeout), so every handler that reads before writing, and the final "done" update after any
    /// read, failed whenever jobs ran concurrently. Handlers are short; the lock is held only while one runs.
    /// </summary>
    private static async Task<OwnedTransaction> BeginAsync(NexusDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            return new OwnedTransaction(await db.Database.BeginTransactionAsync(cancellationToken), null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var immediate = sqlite.BeginTransaction(deferred: false);
        return new OwnedTransaction((await db.Database.UseTransactionAsync(immediate, cancellationToken))!, immediate);
    }

    /// <summary>EF Core's transaction, plus the provider transaction when EF Core did not start it (and so would not end it).</summary>
    private sealed class OwnedTransaction(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, System.Data.Common.DbTransaction? owned)
        : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public Task RollbackAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private Task<int> MarkSucceededAsync(NexusDbContext db, Guid jobId, string owner)
    {
        var now = clock.GetUtcNow();
        return db.Jobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == BackgroundJobStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, BackgroundJobStatus.Succeeded).SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null).SetProperty(j => j.FinishedAt, now).SetProperty(j => j.UpdatedAt, now),
                CancellationToken.None);
    }

    private async Task<BackgroundJob?> ClaimAsync(Guid jobId, string owner)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        var leaseUntil = now + options.Value.Lease;
        var claimed = await db.Jobs.Where(j => j.Id == jobId && j.Status == BackgroundJobStatus.Queued && j.RunAfter <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, BackgroundJobStatus.Running).SetProperty(j => j.LeaseOwner, owner)
                .SetProperty(j => j.LeaseUntil, leaseUntil).SetProperty(j => j.Attempts, j => j.Attempts + 1).SetProperty(j => j.UpdatedAt, now));
        return claimed == 1 ? await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId) : null;
    }

    private async Task RenewLeaseAsync(Guid jobId, string owner, CancellationToken cancellationToken)
    {
        var every = options.Value.Lease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
                var until = clock.GetUtcNow() + options.Value.Lease;
                await db.Jobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == BackgroundJobStatus.Running)
                    .ExecuteUpdateAsync(set => set.SetProperty(j => j.LeaseUntil, until), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            // Without renewals the lease runs out and another worker takes the job over; the handler's commit then fails.
            logger.LogWarning(error, "Could not renew the lease of job {Job}", jobId);
        }
    }

    private async Task<JobOutcome> FinishFailedAsync(BackgroundJob job, string owner, string error, bool dead)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        var retryAt = now + JobBackoff.Delay(job.Attempts, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay, Random.Shared);
        var text = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        await db.Jobs.Where(j => j.Id == job.Id && j.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, dead ? BackgroundJobStatus.Dead : BackgroundJobStatus.Queued)
                .SetProperty(j => j.RunAfter, dead ? job.RunAfter : retryAt).SetProperty(j => j.LastError, text)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.PublishedAt, (DateTimeOffset?)null).SetProperty(j => j.UpdatedAt, now)
                .SetProperty(j => j.FinishedAt, dead ? now : null));
        if (dead)
        {
            metrics.DeadLettered(job.Type);
            logger.LogError("Job {Job} ({Type}) is dead after {Attempts} attempts: {Error}", job.Id, job.Type, job.Attempts, text);
        }

        return dead ? JobOutcome.Dead : JobOutcome.Retrying;
    }

    private async Task ReleaseAsync(Guid jobId, string owner)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        await db.Jobs.Where(j => j.Id == jobId && j.LeaseOwner == owner && j.Status == BackgroundJobStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.Status, BackgroundJobStatus.Queued).SetProperty(j => j.Attempts, j => j.Attempts - 1)
                .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.PublishedAt, (DateTimeOffset?)null).SetProperty(j => j.UpdatedAt, now));
    }
}
