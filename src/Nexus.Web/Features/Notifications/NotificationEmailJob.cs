using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Email;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Notifications;

/// <summary>Email one notification at once (its recipient chose "immediate" for its category).</summary>
public sealed record SendNotificationEmail(long NotificationId)
{
    public const string JobName = "notifications.send-email";
}

/// <summary>
/// Sends, then marks the notification emailed (at least once: a crash between the two sends it again; a failed send
/// leaves it unmarked and the job retries). Not transactional: the database is not locked while SMTP talks.
/// Preferences are read again, so a learner who turned the category off meanwhile gets nothing.
/// </summary>
internal sealed class SendNotificationEmailHandler(
    NexusDbContext db, NotificationSettingsStore settings, UnsubscribeLinks unsubscribe, SmtpEmailSender sender, IOptions<EmailLinkOptions> links, TimeProvider clock)
    : IJobHandler<SendNotificationEmail>
{
    public async Task HandleAsync(SendNotificationEmail job, JobContext context, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == job.NotificationId && n.EmailedAt == null, cancellationToken);
        var recipient = notification is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == notification.RecipientId && u.EmailConfirmed)
                .Select(u => new { u.Id, u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (notification is null || recipient is null
            || (await settings.GetAsync(recipient.Id, cancellationToken))[notification.Category] != Delivery.Immediate)
        {
            return;
        }

        await sender.SendAsync(new EmailBuilder(notification.Title)
            .Button("Open in Nexus", links.Value.Link(notification.Path))
            .Footer($"You get this email because you asked for emails about {notification.Category.Describe()} as they happen.",
                unsubscribe.UrlFor(recipient.Id, UnsubscribeScope.Of(notification.Category)))
            .Build(recipient.Email!, recipient.DisplayName, notification.Title), cancellationToken);
        var now = clock.GetUtcNow();
        await db.Notifications.Where(n => n.Id == notification.Id && n.EmailedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.EmailedAt, now), CancellationToken.None);
    }
}
