using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Nexus.Web.Bench;

public sealed record BulkColumn(string Name, NpgsqlDbType Type);

public sealed record BulkTable(string Name, params BulkColumn[] Columns);

/// <summary>
/// Where the search seeder writes rows, bypassing EF Core: SQLite gets one transaction of prepared INSERTs,
/// PostgreSQL binary COPY. Values arrive as .NET values (Guid, DateTimeOffset, bool, long, string, null) and are
/// stored the way the application's EF Core model stores them on each provider.
/// </summary>
public abstract class BulkTarget : IAsyncDisposable
{
    public abstract DbConnection Connection { get; }

    protected DbTransaction? Transaction { get; private set; }

    public async Task BeginAsync() => Transaction = await Connection.BeginTransactionAsync();

    public virtual async Task CommitAsync()
    {
        await Transaction!.CommitAsync();
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public abstract Task WriteAsync(BulkTable table, IReadOnlyList<object?[]> rows);

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteBulkTarget(SqliteConnection connection) : BulkTarget
{
    private readonly Dictionary<string, SqliteCommand> _inserts = [];

    public override DbConnection Connection => connection;

    public static async Task<SqliteBulkTarget> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var target = new SqliteBulkTarget(connection);
        // The load is one transaction that is rebuilt from scratch if interrupted, so durability is not needed while it runs.
        await target.ExecuteAsync("PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA foreign_keys=OFF");
        return target;
    }

    public override async Task CommitAsync()
    {
        await base.CommitAsync();
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        _inserts.Clear();
    }

    public override async Task WriteAsync(BulkTable table, IReadOnlyList<object?[]> rows)
    {
        if (!_inserts.TryGetValue(table.Name, out var insert))
        {
            insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction?)Transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) " +
                                 $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < table.Columns.Length; i++)
            {
                insert.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            insert.Prepare();
            _inserts[table.Name] = insert;
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                insert.Parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    // EF Core's SQLite provider stores Guids as upper-case text and this model stores instants as Unix milliseconds.
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateTimeOffset d => d.ToUnixTimeMilliseconds(),
                    bool b => b ? 1L : 0L,
                    var value => value,
                };
            }

            await insert.ExecuteNonQueryAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var insert in _inserts.Values)
        {
            await insert.DisposeAsync();
        }

        await connection.DisposeAsync();
    }
}

public sealed class PostgresBulkTarget(NpgsqlConnection connection) : BulkTarget
{
    public override DbConnection Connection => connection;

    public static async Task<PostgresBulkTarget> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresBulkTarget(connection);
    }

    public override async Task WriteAsync(BulkTable table, IReadOnlyList<object?[]> rows)
    {
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null)
                {
                    await copy.WriteNullAsync();
                }
                else
                {
                    await copy.WriteAsync(row[i], table.Columns[i].Type);
                }
            }
        }

        await copy.CompleteAsync();
    }

    public override ValueTask DisposeAsync() => connection.DisposeAsync();
}
