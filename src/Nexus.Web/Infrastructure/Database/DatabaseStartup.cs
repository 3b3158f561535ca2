using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Demo;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>Migrates, then seeds roles, the first admin, the catalogue and the demo cohort — before the host serves requests.</summary>
internal sealed class DatabaseStartup(IServiceProvider services, MigrationSource source, IOptions<DatabaseOptions> options) : IHostedService
{
    // Seeding takes its own advisory lock so that nodes starting together seed once.
    private const long SeedLockKey = 0x4E65787573_02;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<NexusDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var postgres = source.Provider == DatabaseProvider.Postgres;
        try
        {
            if (!postgres)
            {
                // WAL lets readers proceed while one writer commits; the setting persists in the file.
                await ExecuteAsync(connection, "PRAGMA journal_mode=WAL", cancellationToken);
            }

            await new MigrationRunner(source, provider.GetRequiredService<ILogger<MigrationRunner>>()).ApplyAsync(connection, cancellationToken);
            if (postgres)
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SeedLockKey})", cancellationToken);
            }

            try
            {
                await provider.GetRequiredService<AccountBootstrap>().EnsureAsync();
                await provider.GetRequiredService<DemoSeeder>().SeedAsync(options.Value.SeedDemoData, cancellationToken);
            }
            finally
            {
                if (postgres)
                {
                    await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SeedLockKey})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
