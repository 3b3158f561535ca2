using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Hubs;

/// <summary>
/// Tells every node that a hub changed so it drops its cached copy and tells its live subscribers. The writer raises a
/// <see cref="HubChanged"/> domain event in its transaction (the outbox carries it to the other nodes only if the write
/// commits) and applies the change to its own node right after the commit, so its next read already sees it.
/// </summary>
public sealed class HubChangeFeed(HubReadCache cache, HubEvents events, DomainEventOutbox outbox)
{
    public const string EventName = "hub.changed";

    /// <summary>The notice meaning "drop every cached hub" (owner profiles, catalogue names).</summary>
    public const string Everything = "*";

    /// <summary>
    /// Raises the event in the current unit of work and saves it (in the caller's transaction, if any); call
    /// <see cref="Committed"/> after the commit. A save passes the hub's new revision so live subscribers can tell a
    /// creation from an edit.
    /// </summary>
    public async Task PublishAsync(NexusDbContext db, string slug, CancellationToken cancellationToken, int? revision = null)
    {
        outbox.Raise(db, new HubChanged(slug, revision));
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Committed(string slug, int? revision = null)
    {
        Apply(slug);
        events.Raise(new HubChanged(slug, revision));
    }

    public void Apply(string slug)
    {
        if (slug == Everything)
        {
            cache.InvalidateAll();
        }
        else
        {
            cache.Invalidate(slug);
        }
    }
}

/// <summary>
/// The per-node side of <see cref="HubChanged"/>: another node's change drops this node's cached copy and reaches its
/// live subscribers (this node's own changes were applied at commit). Missed events drop every cached hub.
/// </summary>
internal sealed class HubChangedListener(HubChangeFeed feed, HubEvents events) : IDomainEventListener<HubChanged>, IDomainEventGapListener
{
    public Task OnEventAsync(HubChanged domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        if (!context.RaisedOnThisNode)
        {
            feed.Apply(domainEvent.Slug);
            events.Raise(domainEvent);
        }

        return Task.CompletedTask;
    }

    public void EventsMayHaveBeenMissed() => feed.Apply(HubChangeFeed.Everything);
}
