using System.Text.Json;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>Hands events that reached this node (from any transport) to its per-node listeners.</summary>
public sealed class DomainEventDelivery(IServiceScopeFactory scopes, DomainEventRegistry registry, NodeIdentity node, ILogger<DomainEventDelivery> logger)
{
    public async Task DeliverAsync(string envelopeJson, CancellationToken cancellationToken)
    {
        DomainEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<DomainEventEnvelope>(envelopeJson, DomainEventEnvelope.Json);
        }
        catch (JsonException error)
        {
            logger.LogWarning(error, "Dropped an unreadable domain event");
            return;
        }

        if (envelope is null || registry.Find(envelope.Type) is not { } registration)
        {
            logger.LogDebug("Dropped a domain event this node does not know ({Type})", envelope?.Type);
            return;
        }

        var context = new DomainEventContext(envelope.Id, envelope.Type, envelope.RaisedAt, envelope.Origin == node.Id);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await registration.DeliverLocally(scope.ServiceProvider, envelope, context, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A failing listener must not stop the stream for the others; per-node effects are caches and live views.
            logger.LogError(error, "A listener of {Type} event {Event} failed", envelope.Type, envelope.Id);
        }
    }

    public void EventsMayHaveBeenMissed()
    {
        using var scope = scopes.CreateScope();
        foreach (var listener in scope.ServiceProvider.GetServices<IDomainEventGapListener>())
        {
            listener.EventsMayHaveBeenMissed();
        }
    }
}
