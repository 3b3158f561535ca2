using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Follows;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Features.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Digests go out at 07:00 UTC: daily, and on Mondays the weekly one.</summary>
    private static readonly TimeOnly DigestTime = new(7, 0);

    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddScoped<NotificationSettingsStore>().AddSingleton<UnsubscribeLinks>().AddScoped<NotificationWriter>()
            .AddDomainEventHandler<HubChanged, HubSavedNotifier>("notifications.hub-saved")
            .AddDomainEventHandler<ChallengeVerified, ChallengeVerifiedNotifier>("notifications.challenge-verified")
            .AddDomainEventHandler<ImportFinished, ImportFinishedNotifier>("notifications.import-finished")
            .AddDomainEventHandler<LearnerFollowed, NewFollowerNotifier>("notifications.new-follower")
            // Email jobs send first and record after, outside a transaction: SMTP cannot roll back, and no lock is held while it talks.
            .AddJob<SendNotificationEmail, SendNotificationEmailHandler>(SendNotificationEmail.JobName, transactional: false)
            .AddJob<DigestRun, DigestRunHandler>("notifications.digest-run", transactional: false)
            .AddJob<SendDigest, SendDigestHandler>(SendDigest.JobName, transactional: false)
            .AddRecurringJob(DigestRun.DailyJobName, RecurringSchedule.Daily(DigestTime), at => new DigestRun(Delivery.Daily, at))
            .AddRecurringJob(DigestRun.WeeklyJobName, RecurringSchedule.WeeklyOn(DayOfWeek.Monday, DigestTime), at => new DigestRun(Delivery.Weekly, at));

    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api) => api.MapNotificationEndpoints().MapUnsubscribeEndpoints();
}
