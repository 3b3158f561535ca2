using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Database;

/// <summary>
/// The SQL migrations, not EF Core, create the schema; this proves they agree: every mapped table, column
/// (with its nullability) and index exists, and nothing in the database is unmapped. Runs on the provider
/// under test (SQLite, or PostgreSQL in the CI tier).
/// </summary>
public sealed class SchemaMatchesModelTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private static readonly HashSet<string> UnmappedByDesign = ["schema_migrations", "sqlite_sequence"];

    [Fact]
    public async Task TheMigratedSchemaMatchesTheEfCoreModel()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var sqlite = factory.Provider == "sqlite";
        var problems = new List<string>();

        var tables = await ColumnsByTableAsync(connection, sqlite);
        var indexes = await IndexNamesAsync(connection, sqlite);
        var mappedTables = new HashSet<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            mappedTables.Add(table);
            if (!tables.TryGetValue(table, out var columns))
            {
                problems.Add($"table {table} is mapped but missing");
                continue;
            }

            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(store)!;
                if (!columns.TryGetValue(column, out var nullable))
                {
                    problems.Add($"column {table}.{column} is mapped but missing");
                }
                else if (nullable != property.IsColumnNullable(store))
                {
                    problems.Add($"column {table}.{column}: database nullable={nullable}, model nullable={property.IsColumnNullable(store)}");
                }
            }

            foreach (var column in columns.Keys.Where(c => entity.GetProperties().All(p => p.GetColumnName(store) != c)))
            {
                problems.Add($"column {table}.{column} exists but is not mapped");
            }

            foreach (var index in entity.GetIndexes().Select(i => i.GetDatabaseName()!).Where(name => !indexes.Contains(name)))
            {
                problems.Add($"index {index} on {table} is in the model but missing");
            }
        }

        problems.AddRange(tables.Keys.Where(t => !mappedTables.Contains(t) && !UnmappedByDesign.Contains(t) && !IsSearchTable(t))
            .Select(t => $"table {t} exists but is not mapped"));
        problems.ShouldBeEmpty();
    }

    // Full-text index tables are maintained by SQL (triggers), not EF Core.
    private static bool IsSearchTable(string table) => table.StartsWith("search_", StringComparison.Ordinal);

    private static async Task<Dictionary<string, Dictionary<string, bool>>> ColumnsByTableAsync(DbConnection connection, bool sqlite)
    {
        var sql = sqlite
            ? "SELECT m.name, p.name, p.\"notnull\" = 0 AND p.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
            : "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public'";
        var result = new Dictionary<string, Dictionary<string, bool>>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var columns))
            {
                result[table] = columns = new Dictionary<string, bool>();
            }

            columns[reader.GetString(1)] = Convert.ToBoolean(reader.GetValue(2));
        }

        return result;
    }

    private static async Task<HashSet<string>> IndexNamesAsync(DbConnection connection, bool sqlite)
    {
        var sql = sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'";
        var result = new HashSet<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
