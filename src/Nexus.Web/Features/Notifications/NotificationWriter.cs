using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Notifications;

/// <summary>What happened, for whom: one notification per recipient.</summary>
public sealed record NotificationDraft(NotificationCategory Category, string Title, string Path, Guid? ActorId, string DedupeKey);

/// <summary>
/// Creates in-app notifications (from once-per-cluster event handlers) and queues an email for each recipient who
/// wants this category at once and has a verified address; digests pick up the rest. A recipient already notified
/// of the same event (same dedupe key) is skipped.
/// </summary>
public sealed class NotificationWriter(NexusDbContext db, IJobQueue jobs, TimeProvider clock)
{
    public async Task NotifyAsync(IReadOnlyCollection<Guid> recipients, NotificationDraft draft, CancellationToken cancellationToken)
    {
        var candidates = recipients.Where(r => r != draft.ActorId).Distinct().ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var already = await db.Notifications.Where(n => candidates.Contains(n.RecipientId) && n.DedupeKey == draft.DedupeKey)
            .Select(n => n.RecipientId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var created = candidates.Except(already).Select(recipient => new Notification
        {
            RecipientId = recipient,
            Category = draft.Category,
            Title = draft.Title.Length > 300 ? draft.Title[..299] + "…" : draft.Title,
            Path = draft.Path,
            ActorId = draft.ActorId,
            DedupeKey = draft.DedupeKey,
            CreatedAt = now,
        }).ToList();
        if (created.Count == 0)
        {
            return;
        }

        db.Notifications.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);

        var ids = created.Select(n => n.RecipientId).ToList();
        var settings = await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.LearnerId)).ToDictionaryAsync(s => s.LearnerId, cancellationToken);
        var verified = await db.Users.Where(u => ids.Contains(u.Id) && u.EmailConfirmed).Select(u => u.Id).ToListAsync(cancellationToken);
        foreach (var notification in created.Where(n => verified.Contains(n.RecipientId)))
        {
            var delivery = (settings.GetValueOrDefault(notification.RecipientId) ?? NotificationSettings.Defaults(notification.RecipientId))[draft.Category];
            if (delivery == Delivery.Immediate)
            {
                jobs.Enqueue(new SendNotificationEmail(notification.Id));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
