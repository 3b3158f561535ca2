using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Nexus.Web.Infrastructure.Database;

public static class DatabaseServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNexusDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        var connectionString = builder.Configuration.GetConnectionString("Nexus");

        switch (options.Provider.ToLowerInvariant())
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    connectionString = DefaultSqliteConnectionString(options, builder.Environment.ContentRootPath);
                }

                builder.Services.AddDbContextPool<NexusDbContext>(db => db.UseSqlite(connectionString).AddInterceptors(new SqliteReadTuning()));
                builder.Services.AddSingleton(new PreparedConnections(null));
                break;
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is 'postgres' but ConnectionStrings:Nexus is empty. Set it, e.g. " +
                        "ConnectionStrings__Nexus='Host=127.0.0.1;Username=nexus;Password=…;Database=nexus'.");
                }

                builder.Services.AddDbContextPool<NexusDbContext>(db => db.UseNpgsql(PostgresConnections.ForQueries(connectionString)));
                builder.Services.AddSingleton(_ => new PreparedConnections(NpgsqlDataSource.Create(PostgresConnections.ForPreparedStatements(connectionString))));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{options.Provider}' is not supported; use '{DatabaseProvider.Sqlite}' or '{DatabaseProvider.Postgres}'.");
        }

        builder.Services.AddSingleton(new MigrationSource(options.Provider.ToLowerInvariant()));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<NexusDbContext>("database", tags: ["ready"]);
        return builder;
    }

    private static string DefaultSqliteConnectionString(DatabaseOptions options, string contentRoot)
    {
        var directory = Path.GetFullPath(options.DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "nexus.db")};Pooling=True";
    }
}
