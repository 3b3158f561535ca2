using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Notifications;

/// <summary>Reads and changes a learner's <see cref="NotificationSettings"/>, creating the row from the defaults on first change.</summary>
public sealed class NotificationSettingsStore(NexusDbContext db, TimeProvider clock)
{
    public async Task<NotificationSettings> GetAsync(Guid learnerId, CancellationToken cancellationToken) =>
        await db.NotificationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.LearnerId == learnerId, cancellationToken)
        ?? NotificationSettings.Defaults(learnerId);

    public async Task<NotificationSettings> ChangeAsync(Guid learnerId, Action<NotificationSettings> change, CancellationToken cancellationToken)
    {
        var settings = await db.NotificationSettings.SingleOrDefaultAsync(s => s.LearnerId == learnerId, cancellationToken);
        if (settings is null)
        {
            settings = NotificationSettings.Defaults(learnerId);
            db.NotificationSettings.Add(settings);
        }

        change(settings);
        settings.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // A concurrent first change created the row: apply this change to it instead.
            db.ChangeTracker.Clear();
            settings = await db.NotificationSettings.SingleAsync(s => s.LearnerId == learnerId, cancellationToken);
            change(settings);
            settings.UpdatedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return settings;
    }
}
