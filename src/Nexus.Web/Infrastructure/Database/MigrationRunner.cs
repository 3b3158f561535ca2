using System.Data;
using System.Data.Common;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>
/// Applies the provider's SQL migration files in order, each in its own transaction together with
/// its row in <c>schema_migrations</c>. Refuses to run when an applied file's checksum changed, and
/// holds a PostgreSQL advisory lock so that nodes starting together apply each file once.
/// </summary>
public sealed class MigrationRunner(MigrationSource source, ILogger<MigrationRunner> logger)
{
    // An arbitrary constant that names "the Nexus schema" among PostgreSQL advisory locks.
    private const long AdvisoryLockKey = 0x4E65787573_01;

    public async Task<IReadOnlyList<string>> ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        var postgres = source.Provider == DatabaseProvider.Postgres;
        if (postgres)
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null, postgres
                ? "CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
                : "CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
                cancellationToken);

            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var scripts = source.Load();
            VerifyChecksums(scripts, applied);

            var newlyApplied = new List<string>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Id)))
            {
                if (await ApplyOneAsync(connection, script, cancellationToken))
                {
                    newlyApplied.Add(script.Id);
                    logger.LogInformation("Applied migration {Migration}", script.Id);
                }
            }

            return newlyApplied;
        }
        finally
        {
            if (postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    private static void VerifyChecksums(IReadOnlyList<MigrationScript> scripts, Dictionary<string, string> applied)
    {
        foreach (var script in scripts)
        {
            if (applied.TryGetValue(script.Id, out var checksum) && checksum != script.Checksum)
            {
                throw new MigrationChecksumException(script.Id, checksum, script.Checksum);
            }
        }
    }

    /// <summary>Applies one file unless another node did first. The re-check inside the transaction is what makes
    /// SQLite safe (its transactions take the write lock up front); on PostgreSQL the advisory lock already serializes.</summary>
    private static async Task<bool> ApplyOneAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE id = @id";
            AddParameter(check, "@id", script.Id);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0)
            {
                return false;
            }
        }

        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        await using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_migrations (id, checksum) VALUES (@id, @checksum)";
        AddParameter(record, "@id", script.Id);
        AddParameter(record, "@checksum", script.Checksum);
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, checksum FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

public sealed class MigrationChecksumException(string id, string appliedChecksum, string fileChecksum)
    : Exception($"Migration '{id}' was edited after it was applied (applied checksum {appliedChecksum[..12]}…, " +
                $"file checksum {fileChecksum[..12]}…). Applied migrations are immutable: revert the edit and add a new migration file.");
