using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Tests.Infrastructure;
using Npgsql;

namespace Nexus.Web.Tests.Database;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task MigrationsAreAppliedOnceAndRecordedWithChecksums()
    {
        var source = new MigrationSource(_database.Provider);
        await using var connection = Open();

        var first = await Runner(source).ApplyAsync(connection, CancellationToken.None);
        var second = await Runner(source).ApplyAsync(connection, CancellationToken.None);

        first.ShouldBe(source.Load().Select(s => s.Id).ToList());
        second.ShouldBeEmpty();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT checksum FROM schema_migrations ORDER BY id";
        (await command.ExecuteScalarAsync()).ShouldBe(source.Load()[0].Checksum);
    }

    [Fact]
    public async Task AnEditedAppliedMigrationStopsStartUp()
    {
        var source = new MigrationSource(_database.Provider);
        await using var connection = Open();
        await Runner(source).ApplyAsync(connection, CancellationToken.None);
        await using (var tamper = connection.CreateCommand())
        {
            tamper.CommandText = "UPDATE schema_migrations SET checksum = 'edited0000000000' WHERE id = '0001_initial.sql'";
            await tamper.ExecuteNonQueryAsync();
        }

        var error = await Should.ThrowAsync<MigrationChecksumException>(() => Runner(source).ApplyAsync(connection, CancellationToken.None));
        error.Message.ShouldContain("0001_initial.sql");
    }

    [Fact]
    public async Task NodesStartingTogetherApplyEachMigrationOnce()
    {
        var source = new MigrationSource(_database.Provider);
        var connections = Enumerable.Range(0, 4).Select(_ => Open()).ToList();

        var applied = await Task.WhenAll(connections.Select(c => Task.Run(() => Runner(source).ApplyAsync(c, CancellationToken.None))));

        applied.Sum(a => a.Count).ShouldBe(source.Load().Count);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    public void Dispose() => _database.Dispose();

    private static MigrationRunner Runner(MigrationSource source) => new(source, NullLogger<MigrationRunner>.Instance);

    private DbConnection Open()
    {
        DbConnection connection = _database.Provider == "sqlite"
            ? new SqliteConnection(_database.ConnectionString + ";Default Timeout=60")
            : new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        return connection;
    }
}
