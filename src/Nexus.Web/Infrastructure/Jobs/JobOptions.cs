namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Jobs one node runs at once.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>How long a claimed job is reserved for its worker; the worker renews it while the job runs.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often idle workers and the outbox dispatcher look for work written by other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay; doubled per attempt (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>On shutdown, how long running jobs may finish before they are cancelled and go back to the queue.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long succeeded jobs are kept (they make a redelivered job a no-op).</summary>
    public TimeSpan KeepSucceeded { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A published job still queued after this long is published again (the broker lost it).</summary>
    public TimeSpan RepublishAfter { get; set; } = TimeSpan.FromMinutes(5);
}
