using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Infrastructure.Events;

public static class DomainEventsServiceCollectionExtensions
{
    /// <summary>Registers an event type under a stable <paramref name="name"/> (it travels between nodes: never rename one in use).</summary>
    public static IServiceCollection AddDomainEvent<TEvent>(this IServiceCollection services, string name) =>
        services.AddSingleton(DomainEventRegistration.For<TEvent>(name));

    /// <summary>A per-node listener: runs on every node for every event of the type.</summary>
    public static IServiceCollection AddDomainEventListener<TEvent, TListener>(this IServiceCollection services)
        where TListener : class, IDomainEventListener<TEvent> =>
        services.AddScoped<IDomainEventListener<TEvent>, TListener>();

    /// <summary>
    /// A once-per-cluster handler: each event becomes a job named <paramref name="jobName"/> (retried up to
    /// <paramref name="maxAttempts"/> times, then dead), committed with the write that raised the event.
    /// </summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services, string jobName, int maxAttempts = 5)
        where THandler : class, IDomainEventHandler<TEvent>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        services.AddScoped<THandler>();
        services.AddSingleton(new DomainEventHandlerRegistration(typeof(TEvent), jobName));
        return services.AddSingleton(new JobRegistration(jobName, null, maxAttempts, Transactional: true, (provider, payload, job, cancellationToken) =>
        {
            var envelope = System.Text.Json.JsonSerializer.Deserialize<DomainEventEnvelope>(payload, DomainEventEnvelope.Json)!;
            var domainEvent = System.Text.Json.JsonSerializer.Deserialize<TEvent>(envelope.Payload, DomainEventEnvelope.Json)!;
            var context = new DomainEventContext(envelope.Id, envelope.Type, envelope.RaisedAt,
                envelope.Origin == provider.GetRequiredService<NodeIdentity>().Id);
            return provider.GetRequiredService<THandler>().HandleAsync(domainEvent, context, cancellationToken);
        }));
    }

    /// <summary>Told when this node may have missed events (see <see cref="IDomainEventGapListener"/>).</summary>
    public static IServiceCollection AddDomainEventGapListener<TListener>(this IServiceCollection services)
        where TListener : class, IDomainEventGapListener =>
        services.AddScoped<IDomainEventGapListener, TListener>();
}
