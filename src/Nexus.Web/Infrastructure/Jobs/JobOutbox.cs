using System.Text.Json;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>Adds job rows to a unit of work (the scoped <see cref="IJobQueue"/> and domain events both use it).</summary>
public sealed class JobOutbox(JobRegistry registry, TimeProvider clock)
{
    public Guid Add<TJob>(NexusDbContext db, TJob job, DateTimeOffset? notBefore, string? idempotencyKey) where TJob : notnull
    {
        var registration = registry.For(typeof(TJob));
        return Add(db, registration, JsonSerializer.Serialize(job, JobRegistration.PayloadJson), notBefore, idempotencyKey);
    }

    public Guid Add(NexusDbContext db, JobRegistration registration, string payload, DateTimeOffset? notBefore, string? idempotencyKey)
    {
        var now = clock.GetUtcNow();
        var row = new BackgroundJob
        {
            Id = Guid.CreateVersion7(), Type = registration.Name, Payload = payload, Status = BackgroundJobStatus.Queued,
            MaxAttempts = registration.MaxAttempts, RunAfter = notBefore ?? now, IdempotencyKey = idempotencyKey,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Jobs.Add(row);
        return row.Id;
    }
}

internal sealed class JobQueue(NexusDbContext db, JobOutbox outbox) : IJobQueue
{
    public Guid Enqueue<TJob>(TJob job, DateTimeOffset? notBefore = null, string? idempotencyKey = null) where TJob : notnull =>
        outbox.Add(db, job, notBefore, idempotencyKey);
}
