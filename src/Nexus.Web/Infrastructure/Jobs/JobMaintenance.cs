using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Housekeeping every node runs (each step is an idempotent statement, so nodes running it together is harmless):
/// jobs whose worker died (lease ran out) go back to the queue or die on their last attempt, published jobs the
/// broker never delivered are published again, old succeeded jobs are deleted, the next occurrence of each
/// recurring job is scheduled, and the queue depth gauge is refreshed.
/// </summary>
internal sealed class JobMaintenance(
    IServiceScopeFactory scopes, IEnumerable<RecurringJobRegistration> recurring, JobMetrics metrics, IOptions<JobOptions> options,
    TimeProvider clock, ILogger<JobMaintenance> logger) : BackgroundService
{
    public const string LeaseExpiredError = "The worker running this job stopped before it finished (its lease ran out).";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromTicks(Math.Min(options.Value.PollInterval.Ticks * 5, options.Value.Lease.Ticks / 2));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(error, "Job maintenance failed; trying again at the next tick");
            }

            await Task.Delay(every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        var running = db.Jobs.Where(j => j.Status == BackgroundJobStatus.Running && j.LeaseUntil < now);
        await running.Where(j => j.Attempts >= j.MaxAttempts).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.Status, BackgroundJobStatus.Dead).SetProperty(j => j.LastError, LeaseExpiredError)
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(j => j.FinishedAt, now).SetProperty(j => j.UpdatedAt, now), cancellationToken);
        await running.ExecuteUpdateAsync(set => set
            .SetProperty(j => j.Status, BackgroundJobStatus.Queued).SetProperty(j => j.LastError, LeaseExpiredError)
            .SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(j => j.PublishedAt, (DateTimeOffset?)null).SetProperty(j => j.UpdatedAt, now), cancellationToken);

        var unconfirmed = now - options.Value.RepublishAfter;
        await db.Jobs.Where(j => j.Status == BackgroundJobStatus.Queued && j.PublishedAt < unconfirmed)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.PublishedAt, (DateTimeOffset?)null), cancellationToken);

        var expired = now - options.Value.KeepSucceeded;
        await db.Jobs.Where(j => j.Status == BackgroundJobStatus.Succeeded && j.FinishedAt < expired).ExecuteDeleteAsync(cancellationToken);

        await ScheduleRecurringAsync(scope.ServiceProvider, db, now, cancellationToken);

        var depth = await db.Jobs.GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        metrics.Depth(depth.ToDictionary(d => d.Key, d => d.Count));
    }

    private async Task ScheduleRecurringAsync(IServiceProvider services, NexusDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var queue = services.GetRequiredService<IJobQueue>();
        foreach (var job in recurring)
        {
            var next = job.Schedule.Next(now);
            job.Enqueue(queue, next, $"recurring:{job.Name}:{next.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node scheduled the same occurrence at the same moment; its row stands.
            db.ChangeTracker.Clear();
        }
    }
}
