using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// A job and its state: the outbox row written with the change that caused it, the queue entry the embedded workers
/// claim (or the broker transport publishes), and the record admins see (attempts, last error, dead).
/// </summary>
public sealed class BackgroundJob
{
    public Guid Id { get; set; }
    public string Type { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public BackgroundJobStatus Status { get; set; }
    public int Attempts { get; set; }
    public int MaxAttempts { get; set; }
    public DateTimeOffset RunAfter { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? LeaseOwner { get; set; }
    public string? LastError { get; set; }
    public string? IdempotencyKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>When the broker confirmed the job's message (RabbitMQ transport); null while it still has to be published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

public enum BackgroundJobStatus
{
    Queued,
    Running,
    Succeeded,
    Dead,
}

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.ToTable("jobs");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Type).HasMaxLength(100);
        builder.Property(j => j.LeaseOwner).HasMaxLength(64);
        builder.Property(j => j.IdempotencyKey).HasMaxLength(200);
        builder.HasIndex(j => new { j.Status, j.RunAfter });
        builder.HasIndex(j => j.IdempotencyKey).IsUnique();
    }
}
