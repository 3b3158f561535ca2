using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>
/// Moves the outbox to the transport: events (then deletes them) and, for a broker, due jobs (then marks them
/// published). Each batch is one transaction holding its rows (FOR UPDATE SKIP LOCKED on PostgreSQL, so nodes
/// dispatching together take different rows). If the transport fails — the broker is down — nothing is marked
/// and the same rows go out when it is back: writes never wait for the broker.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IMessageTransport transport, OutboxSignal signal, IOptions<JobOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var seen = signal.Generation;
                var moved = await DispatchEventsAsync(stoppingToken);
                if (transport.PublishesJobs)
                {
                    moved += await PublishJobsAsync(stoppingToken);
                }

                failures = 0;
                if (moved == 0)
                {
                    await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                logger.Log(failures == 1 ? LogLevel.Warning : LogLevel.Debug, error, "Outbox dispatch failed ({Failures} in a row); retrying", failures);
                var delay = JobBackoff.Delay(failures, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), Random.Shared);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<int> DispatchEventsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        // Checked first without a transaction: on SQLite a transaction takes the database's write lock.
        if (!await db.OutboxEvents.AnyAsync(cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = db.Database.IsNpgsql()
            ? await db.OutboxEvents.FromSql($"SELECT * FROM outbox_events ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED").AsNoTracking().ToListAsync(cancellationToken)
            : await db.OutboxEvents.AsNoTracking().OrderBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        await transport.PublishEventsAsync(db, batch, cancellationToken);
        var ids = batch.Select(e => e.Id).ToList();
        await db.OutboxEvents.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    public async Task<int> PublishJobsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var now = clock.GetUtcNow();
        if (!await db.Jobs.AnyAsync(j => j.Status == BackgroundJobStatus.Queued && j.PublishedAt == null && j.RunAfter <= now, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = db.Database.IsNpgsql()
            ? await db.Jobs.FromSql($"""
                SELECT * FROM jobs WHERE status = 'Queued' AND published_at IS NULL AND run_after <= {now}
                ORDER BY run_after LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).AsNoTracking().ToListAsync(cancellationToken)
            : await db.Jobs.AsNoTracking().Where(j => j.Status == BackgroundJobStatus.Queued && j.PublishedAt == null && j.RunAfter <= now)
                .OrderBy(j => j.RunAfter).Take(BatchSize).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        await transport.PublishJobsAsync(batch, cancellationToken);
        var ids = batch.Select(j => j.Id).ToList();
        await db.Jobs.Where(j => ids.Contains(j.Id) && j.PublishedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(j => j.PublishedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
