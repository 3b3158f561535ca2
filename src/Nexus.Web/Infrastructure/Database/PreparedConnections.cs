using Npgsql;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>
/// On PostgreSQL, a pool of connections of its own whose statements are prepared and planned once
/// (<see cref="PostgresConnections.ForPreparedStatements"/>), for hot statements written for that; on SQLite none
/// (<see cref="DataSource"/> is null), and such statements run on the context's connection.
/// </summary>
public sealed class PreparedConnections(NpgsqlDataSource? dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource? DataSource => dataSource;

    public ValueTask DisposeAsync() => dataSource?.DisposeAsync() ?? ValueTask.CompletedTask;
}
