using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// On PostgreSQL, search documents are partitioned by id, <see cref="Size"/> ids a partition (migration 0010), so that a
/// search asking for the newest matches first scans the small GIN indexes of the newest partitions only. Partitions are
/// made ahead of the ids by the database function <c>search_documents_add_partitions</c>: at start and every few minutes
/// (<see cref="SearchPartitionMaintenance"/>), and before a rebuild. A write beyond them lands in the default partition,
/// still searchable, and the next call moves it into its own.
/// </summary>
public static class SearchPartitions
{
    public const long Size = 131072;

    /// <summary>How far ahead of the newest id partitions exist: four partitions, about 40,000 hub saves.</summary>
    public const long Headroom = 4 * Size;

    /// <summary>Creates the partitions up to <paramref name="idsAhead"/> ids past the newest; returns how many it created.</summary>
    public static async Task<int> AddAsync(NexusDbContext db, long idsAhead, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return 0;
        }

        // The sequence's last value, not MAX(id): ids already handed out to uncommitted writes count too.
        return await db.Database.SqlQuery<int>($"""
            SELECT search_documents_add_partitions((SELECT last_value FROM search_documents_id_seq) + {idsAhead}) AS "Value"
            """).SingleAsync(cancellationToken);
    }
}

/// <summary>Keeps <see cref="SearchPartitions.Headroom"/> partitions ahead of the search document ids (PostgreSQL only).</summary>
internal sealed class SearchPartitionMaintenance(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchPartitionMaintenance> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
                if (!db.Database.IsNpgsql())
                {
                    return;
                }

                await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
                // Attaching a partition waits for writers of hubs (its foreign key); give up rather than queue others behind it.
                await db.Database.ExecuteSqlAsync($"SET LOCAL lock_timeout = '2s'", stoppingToken);
                var created = await SearchPartitions.AddAsync(db, SearchPartitions.Headroom, stoppingToken);
                await transaction.CommitAsync(stoppingToken);
                if (created > 0)
                {
                    logger.LogInformation("Created {Count} search document partitions", created);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(error, "Adding search document partitions failed; trying again at the next tick");
            }

            await Task.Delay(Every, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
