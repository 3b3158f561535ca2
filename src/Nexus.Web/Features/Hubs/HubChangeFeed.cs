using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Npgsql;

namespace Nexus.Web.Features.Hubs;

/// <summary>
/// Tells every node that a hub changed so it drops its cached copy. On PostgreSQL the notice is a NOTIFY sent
/// inside the writing transaction — delivered to the other nodes only if the write commits; SQLite runs one node,
/// where dropping the local entry after the commit is all there is to do.
/// </summary>
public sealed class HubChangeFeed(HubReadCache cache)
{
    public const string Channel = "nexus_hub_changed";

    /// <summary>The notice meaning "drop every cached hub" (owner profiles, catalogue names).</summary>
    public const string Everything = "*";

    /// <summary>Queues the notice in the current transaction (PostgreSQL); call <see cref="Committed"/> after the commit.</summary>
    public async Task PublishAsync(NexusDbContext db, string slug, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {slug})", cancellationToken);
        }
    }

    public void Committed(string slug) => Apply(slug);

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

/// <summary>Listens for other nodes' hub changes on PostgreSQL; after a lost connection, drops everything (notices may be missed).</summary>
internal sealed class HubChangeListener(HubChangeFeed feed, IServiceProvider services, ILogger<HubChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
            if (!db.Database.IsNpgsql())
            {
                return;
            }

            connectionString = db.Database.GetConnectionString()!;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, notice) => feed.Apply(notice.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {HubChangeFeed.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                feed.Apply(HubChangeFeed.Everything);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                logger.LogWarning(error, "Lost the hub change feed; reconnecting");
                feed.Apply(HubChangeFeed.Everything);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
