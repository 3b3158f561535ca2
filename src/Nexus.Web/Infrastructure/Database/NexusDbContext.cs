using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Follows;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Features.Notifications;
using Nexus.Web.Features.Revisions;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Infrastructure.Database;

public sealed class NexusDbContext(DbContextOptions<NexusDbContext> options)
    : IdentityDbContext<Learner, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();
    public DbSet<Hub> Hubs => Set<Hub>();
    public DbSet<HubSection> HubSections => Set<HubSection>();
    public DbSet<HubTopic> HubTopics => Set<HubTopic>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<HubRevision> HubRevisions => Set<HubRevision>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<BackgroundJob> Jobs => Set<BackgroundJob>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(NexusDbContext).Assembly);
        SnakeCaseNaming.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums are stored as their names: readable in SQL and stable when members are reordered.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.ProviderName == SqliteProvider)
        {
            // SQLite cannot order or compare DateTimeOffset; store UTC ticks-precise ISO text via a long of Unix ms instead.
            configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUnixMillisecondsConverter>();
        }
    }

    internal const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
}
