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

    /// <summary>
    /// Connections whose statements are planned once per connection, for hot statements written for it (search's,
    /// <c>SearchSession</c>): Npgsql prepares a statement the second time it runs, and PostgreSQL keeps one generic
    /// plan for it, pruning partitions as it executes. Left to itself PostgreSQL plans such a statement again on every
    /// run, since a generic plan's estimated cost counts every partition (planning was a fifth of a search's database CPU).
    /// A statement that needs its values seen by the planner carries them as literals.
    /// </summary>
    public static string ForPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(ForQueries(connectionString)) { AutoPrepareMinUsages = 2 };
        builder.MaxAutoPrepare = Math.Max(builder.MaxAutoPrepare, 64);
        builder.Options = $"{builder.Options} -c plan_cache_mode=force_generic_plan".TrimStart();
        return builder.ConnectionString;
    }

    private static string Normalized(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
