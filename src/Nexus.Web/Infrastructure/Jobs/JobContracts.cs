namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Queues background jobs in the current <see cref="Database.NexusDbContext"/> unit of work: the job is stored by the
/// caller's next SaveChanges, so it commits (or rolls back) together with the write that caused it.
/// </summary>
public interface IJobQueue
{
    /// <summary>
    /// Adds a job of a type registered with <see cref="JobsServiceCollectionExtensions.AddJob{TJob, THandler}"/>.
    /// It runs at <paramref name="notBefore"/> at the earliest. A job whose <paramref name="idempotencyKey"/> is already
    /// stored is dropped at save time, so at most one job exists per key. Returns the job's id.
    /// </summary>
    Guid Enqueue<TJob>(TJob job, DateTimeOffset? notBefore = null, string? idempotencyKey = null) where TJob : notnull;
}

/// <summary>
/// Runs one kind of job. Delivery is at least once; a handler registered as transactional (the default) runs inside a
/// database transaction that also marks the job done, so its database writes happen once even if the job is delivered
/// twice. Non-transactional handlers must be idempotent themselves.
/// </summary>
public interface IJobHandler<in TJob>
{
    Task HandleAsync(TJob job, JobContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler knows about the run: the job's id, this attempt (1 = first) and the attempts allowed.</summary>
public sealed record JobContext(Guid JobId, string Type, int Attempt, int MaxAttempts);

/// <summary>How a claimed job ended on this run.</summary>
public enum JobOutcome
{
    /// <summary>Not run: already done, not due, or claimed by another worker.</summary>
    NotClaimed,
    Succeeded,
    /// <summary>Failed; queued again after a backoff.</summary>
    Retrying,
    /// <summary>Failed its last attempt (or has no handler); kept with its last error for an admin.</summary>
    Dead,
    /// <summary>Interrupted by shutdown; back in the queue without counting the attempt.</summary>
    Released,
}
