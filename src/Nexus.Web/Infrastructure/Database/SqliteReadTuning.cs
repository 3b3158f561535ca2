using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>
/// Per-connection SQLite settings for a read-heavy database bigger than SQLite's 2 MB default page cache: memory-mapped
/// reads (pages come straight from the OS cache, without a read() call each, which dominated search queries probing
/// many index pages) and a larger page cache. Both only affect speed, never results.
/// </summary>
internal sealed class SqliteReadTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -32768;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
