namespace Nexus.Web.Infrastructure.Events;

/// <summary>
/// Raises domain events in the current <see cref="Database.NexusDbContext"/> unit of work: the event is stored in the
/// outbox by the caller's next SaveChanges and reaches consumers only if that commit succeeds.
/// </summary>
public interface IDomainEvents
{
    /// <summary>Raises an event of a type registered with <see cref="DomainEventsServiceCollectionExtensions.AddDomainEvent{TEvent}"/>.</summary>
    void Raise<TEvent>(TEvent domainEvent) where TEvent : notnull;
}

/// <summary>
/// A per-node consumer (cache invalidation, live subscriptions): runs on every node for every event, in order of
/// dispatch, at most once per node. Events raised while a node was disconnected are not replayed to it; it hears
/// <see cref="IDomainEventGapListener.EventsMayHaveBeenMissed"/> instead.
/// </summary>
public interface IDomainEventListener<in TEvent>
{
    Task OnEventAsync(TEvent domainEvent, DomainEventContext context, CancellationToken cancellationToken);
}

/// <summary>
/// A once-per-cluster consumer (e.g. create notifications): each event becomes a job, enqueued in the transaction that
/// raised the event, so it runs exactly once in effect with the jobs' retries, idempotency and dead-lettering.
/// </summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken cancellationToken);
}

/// <summary>Told when this node may have missed events (its event connection dropped): drop whatever they would have invalidated.</summary>
public interface IDomainEventGapListener
{
    void EventsMayHaveBeenMissed();
}

/// <summary>The event's id, registered name, when it was raised, and whether this node raised it.</summary>
public sealed record DomainEventContext(Guid EventId, string Type, DateTimeOffset RaisedAt, bool RaisedOnThisNode);

/// <summary>This process's identity among the nodes of a deployment (events carry the node that raised them).</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
