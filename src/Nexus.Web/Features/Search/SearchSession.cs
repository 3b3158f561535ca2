using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Runs <see cref="SearchSql"/>'s statements through ADO.NET, on one connection for the whole search: on PostgreSQL one of
/// <see cref="PreparedConnections"/>', where each statement is prepared and planned once per connection; on SQLite the
/// context's own. Every search runs four or five statements: EF Core generated the SQL of a raw query with arguments
/// again on every execution (its command cache cannot hold them), and PostgreSQL planned each again, which together
/// cost more CPU than the database's own work for a small search.
/// </summary>
public sealed class SearchSession : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly NexusDbContext? _context;

    private SearchSession(DbConnection connection, NexusDbContext? context) => (_connection, _context) = (connection, context);

    public static async Task<SearchSession> OpenAsync(NexusDbContext db, PreparedConnections prepared, CancellationToken cancellationToken)
    {
        if (prepared.DataSource is { } dataSource)
        {
            return new(await dataSource.OpenConnectionAsync(cancellationToken), null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return new(db.Database.GetDbConnection(), db);
    }

    public async Task<List<T>> ReadAsync<T>(SearchStatement statement, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = statement.Sql;
        command.Transaction = _context?.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < statement.Parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = statement.Parameters[i];
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is null)
        {
            await _connection.DisposeAsync();
        }
        else
        {
            await _context.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Reads the rows of <see cref="SearchSql"/>'s statements.</summary>
public static class SearchRows
{
    /// <summary>A row of <see cref="SearchSql.Window"/>.</summary>
    public static SearchCandidate Candidate(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4), r.GetString(5), r.GetString(6), r.GetBoolean(7));

    /// <summary>A row of <see cref="SearchSql.Page"/>.</summary>
    public static SearchDocumentRow PageRow(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6));
}
