using System.Text.Json;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>A registered event type: its stored name and how to hand an envelope of it to this node's listeners.</summary>
public sealed record DomainEventRegistration(
    string Name, Type EventType, Func<IServiceProvider, DomainEventEnvelope, DomainEventContext, CancellationToken, Task> DeliverLocally)
{
    public static DomainEventRegistration For<TEvent>(string name) => new(name, typeof(TEvent), async (services, envelope, context, cancellationToken) =>
    {
        var domainEvent = envelope.Payload.Deserialize<TEvent>(DomainEventEnvelope.Json)!;
        foreach (var listener in services.GetServices<IDomainEventListener<TEvent>>())
        {
            await listener.OnEventAsync(domainEvent, context, cancellationToken);
        }
    });
}

/// <summary>A once-per-cluster handler of an event type, run as the job named <paramref name="JobName"/>.</summary>
public sealed record DomainEventHandlerRegistration(Type EventType, string JobName);

/// <summary>The registered event types by name and by type, and each type's cluster handlers.</summary>
public sealed class DomainEventRegistry(IEnumerable<DomainEventRegistration> events, IEnumerable<DomainEventHandlerRegistration> handlers)
{
    private readonly Dictionary<string, DomainEventRegistration> _byName = events.ToDictionary(e => e.Name);
    private readonly Dictionary<Type, DomainEventRegistration> _byType = events.ToDictionary(e => e.EventType);
    private readonly ILookup<Type, string> _handlerJobs = handlers.ToLookup(h => h.EventType, h => h.JobName);

    public DomainEventRegistration? Find(string name) => _byName.GetValueOrDefault(name);

    public DomainEventRegistration For(Type eventType) => _byType.GetValueOrDefault(eventType)
        ?? throw new InvalidOperationException($"{eventType.Name} is not a registered domain event; call services.AddDomainEvent<{eventType.Name}>(name).");

    public IEnumerable<string> HandlerJobsFor(Type eventType) => _handlerJobs[eventType];
}
