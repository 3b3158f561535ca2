using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Npgsql;

namespace Nexus.Web.Features.Hubs;

/// <summary>
/// Tells every node that a hub changed so it drops its cached copy. On PostgreSQL the notice is a NOTIFY sent
/// inside the writing transaction — delivered to the other nodes only if the write commits; SQLite runs one node,
/// where dropping the local entry after the commit is all there is to do.
/// </summary>
public sealed class HubChangeFeed(HubReadCache cache, HubEvents events)
{
    public const string Channel = "nexus_hub_changed";

    /// <summary>The notice meaning "drop every cached hub" (owner profiles, catalogue names).</summary>
    public const string Everything = "*";

    // Notices carry the sending node so a node skips its own: it already dropped the entry right after its commit,
    // and its own late notice would only evict what was cached since.
    private readonly string _node = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Queues the notice in the current transaction (PostgreSQL); call <see cref="Committed"/> after the commit.
    /// A save passes the hub's new revision so live subscribers on other nodes can tell a creation from an edit.
    /// </summary>
    public async Task PublishAsync(NexusDbContext db, string slug, CancellationToken cancellationToken, int? revision = null)
    {
        if (db.Database.IsNpgsql())
        {
            var payload = revision is null ? $"{_node}|{slug}" : $"{_node}|{slug}|{revision}";
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken);
        }
    }

    public void Committed(string slug, int? revision = null)
    {
        Apply(slug);
        events.Raise(new HubChanged(slug, revision));
    }

    /// <summary>Applies a notice from the change channel, unless this node sent it.</summary>
    public void Received(string payload)
    {
        var separator = payload.IndexOf('|');
        if (separator > 0 && payload.AsSpan(0, separator).SequenceEqual(_node))
        {
            return;
        }

        // "node|slug" or "node|slug|revision"; slugs never contain '|'.
        var parts = (separator > 0 ? payload[(separator + 1)..] : payload).Split('|');
        int? revision = parts.Length > 1 && int.TryParse(parts[1], out var number) ? number : null;
        Apply(parts[0]);
        events.Raise(new HubChanged(parts[0], revision));
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
/// Listens for other nodes' hub changes on PostgreSQL. It starts listening before the host serves requests, so nothing
/// is cached unseen; after a lost connection it drops every cached hub (notices may have been missed) and reconnects.
/// </summary>
internal sealed class HubChangeListener(HubChangeFeed feed, IServiceProvider services, ILogger<HubChangeListener> logger) : BackgroundService
{
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
        while (_connectionString is not null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_connection is null)
                {
                    _connection = await ListenAsync(stoppingToken);
                    feed.Apply(HubChangeFeed.Everything);
                }

                await _connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                logger.LogWarning(error, "Lost the hub change feed; reconnecting");
                await DropConnectionAsync();
                feed.Apply(HubChangeFeed.Everything);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }

        await DropConnectionAsync();
    }

    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, notice) => feed.Received(notice.Payload);
        await using var listen = new NpgsqlCommand($"LISTEN {HubChangeFeed.Channel}", connection);
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
