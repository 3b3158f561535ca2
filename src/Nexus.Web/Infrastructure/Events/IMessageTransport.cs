using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>
/// Where the outbox dispatcher sends what it moves: the embedded transport (the database itself) or a broker. Code
/// above it — queues, handlers, listeners — is the same for both.
/// </summary>
public interface IMessageTransport
{
    /// <summary>True for a broker: jobs are published for its consumers. The embedded workers claim jobs from the table instead.</summary>
    bool PublishesJobs { get; }

    /// <summary>Publishes the jobs and returns once the broker has confirmed every one (throws otherwise).</summary>
    Task PublishJobsAsync(IReadOnlyList<BackgroundJob> jobs, CancellationToken cancellationToken);

    /// <summary>Sends the events to every node; called inside the dispatcher's transaction, before it deletes the rows.</summary>
    Task PublishEventsAsync(NexusDbContext db, IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken);
}
