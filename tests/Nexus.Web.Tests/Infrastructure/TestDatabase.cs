using Npgsql;

namespace Nexus.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test host: a SQLite file by default, or a new PostgreSQL database when
/// NEXUS_TEST_POSTGRES holds a connection string of a role that may create databases (the CI PostgreSQL tier).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "NEXUS_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string _directory;

    public TestDatabase()
    {
        _directory = Path.Combine(Path.GetTempPath(), "nexus-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _adminConnectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(_adminConnectionString))
        {
            Provider = "sqlite";
            ConnectionString = $"Data Source={Path.Combine(_directory, "nexus.db")};Pooling=False";
            return;
        }

        Provider = "postgres";
        var name = $"nexus_test_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            create.ExecuteNonQuery();
        }

        DatabaseName = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public string Provider { get; }
    public string ConnectionString { get; }
    public string DataDirectory => _directory;
    private string? DatabaseName { get; }

    public void Dispose()
    {
        if (DatabaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(_adminConnectionString);
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still mapped by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}
