namespace Nexus.Web.Infrastructure.Database;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file lives when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the demo cohort when the database has no hubs yet.</summary>
    public bool SeedDemoData { get; set; } = true;
}

public static class DatabaseProvider
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
