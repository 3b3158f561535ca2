using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;
using Npgsql;

namespace Nexus.Web.Infrastructure.Events;

/// <summary>
/// The embedded transport. Jobs stay in their table (workers claim them). Events go to every node by PostgreSQL
/// NOTIFY, sent in the dispatcher's transaction so they are delivered only if it commits; with SQLite there is one
/// node, and events are handed to its listeners directly.
/// </summary>
internal sealed class EmbeddedTransport(DomainEventDelivery delivery) : IMessageTransport
{
    public const string Channel = "nexus_events";

    public bool PublishesJobs => false;

    public Task PublishJobsAsync(IReadOnlyList<BackgroundJob> jobs, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The embedded transport does not publish jobs; workers claim them from the database.");

    public async Task PublishEventsAsync(NexusDbContext db, IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        var envelopes = events.Select(e => e.ToEnvelopeJson()).ToArray();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, envelope) FROM unnest({envelopes}) WITH ORDINALITY AS e(envelope, n) ORDER BY n", cancellationToken);
            return;
        }

        foreach (var envelope in envelopes)
        {
            await delivery.DeliverAsync(envelope, cancellationToken);
        }
    }
}

/// <summary>
/// Receives the embedded transport's events on PostgreSQL (LISTEN). It listens before the host serves requests, so
/// nothing is cached unseen; after a lost connection it tells the gap listeners (notices may have been missed) and reconnects.
/// </summary>
internal sealed class PostgresEventListener(DomainEventDelivery delivery, IServiceProvider services, ILogger<PostgresEventListener> logger) : BackgroundService
{
    private readonly System.Threading.Channels.Channel<string> _received = System.Threading.Channels.Channel.CreateUnbounded<string>(new() { SingleReader = true });
    private string? _connectionString;
    private NpgsqlConnection? _connection;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
            _connectionString = db.Database.IsNpgsql() ? db.Database.GetConnectionString() : null;
        }

        if (_connectionString is not null)
        {
            _connection = await ListenAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_connectionString is null)
        {
            return;
        }

        // Notices arrive on the connection's thread; one reader hands them to listeners in order.
        var delivering = Task.Run(async () =>
        {
            await foreach (var envelope in _received.Reader.ReadAllAsync(stoppingToken))
            {
                await delivery.DeliverAsync(envelope, stoppingToken);
            }
        }, CancellationToken.None);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_connection is null)
                {
                    _connection = await ListenAsync(stoppingToken);
                    delivery.EventsMayHaveBeenMissed();
                }

                await _connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                logger.LogWarning(error, "Lost the domain event feed; reconnecting");
                await DropConnectionAsync();
                delivery.EventsMayHaveBeenMissed();
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        _received.Writer.TryComplete();
        await DropConnectionAsync();
        await delivering.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, notice) => _received.Writer.TryWrite(notice.Payload);
        await using var listen = new NpgsqlCommand($"LISTEN {EmbeddedTransport.Channel}", connection);
        await listen.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task DropConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
