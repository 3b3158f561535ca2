using System.Text.Json;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>
/// Adds a raised event to a unit of work: one outbox row for the per-node listeners, and one job per cluster handler.
/// Singleton services that write through a context they are given use it directly; code with a scope uses <see cref="IDomainEvents"/>.
/// </summary>
public sealed class DomainEventOutbox(DomainEventRegistry registry, JobRegistry jobs, JobOutbox jobOutbox, NodeIdentity node, TimeProvider clock)
{
    /// <summary>PostgreSQL NOTIFY carries at most 8000 bytes; events name what changed rather than carry it.</summary>
    public const int MaxPayloadBytes = 7000;

    public Guid Raise<TEvent>(NexusDbContext db, TEvent domainEvent) where TEvent : notnull
    {
        var registration = registry.For(typeof(TEvent));
        var payload = JsonSerializer.Serialize(domainEvent, DomainEventEnvelope.Json);
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new InvalidOperationException($"The {registration.Name} event is over {MaxPayloadBytes} bytes; carry ids, not content.");
        }

        var row = new OutboxEvent { Id = Guid.CreateVersion7(), Type = registration.Name, Payload = payload, OriginNode = node.Id, CreatedAt = clock.GetUtcNow() };
        db.OutboxEvents.Add(row);
        var envelope = row.ToEnvelopeJson();
        foreach (var jobName in registry.HandlerJobsFor(typeof(TEvent)))
        {
            jobOutbox.Add(db, jobs.Find(jobName)!, envelope, null, null);
        }

        return row.Id;
    }
}

internal sealed class DomainEvents(NexusDbContext db, DomainEventOutbox outbox) : IDomainEvents
{
    public void Raise<TEvent>(TEvent domainEvent) where TEvent : notnull => outbox.Raise(db, domainEvent);
}
