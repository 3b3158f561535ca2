using System.Data.Common;
using Npgsql;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>Nexus's defaults for the PostgreSQL connections EF Core uses, where the deployment's connection string sets nothing.</summary>
public static class PostgresConnections
{
    /// <summary>
    /// Pooled connections are not reset (DISCARD ALL) when they go back to the pool: Nexus leaves no session state on
    /// them (its settings are SET LOCAL, its advisory locks are released by whoever took them), and the reset cost about
    /// a fifth of the CPU of a search at 100,000 hubs (bench/RESULTS.md). A connection string that says otherwise wins.
    /// </summary>
    public static string ForQueries(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => Normalized(key) == "noresetonclose"))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
    }

    private static string Normalized(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
