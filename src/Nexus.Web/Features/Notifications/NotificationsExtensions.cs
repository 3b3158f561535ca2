namespace Nexus.Web.Features.Notifications;

public static class NotificationsExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services) =>
        services.AddScoped<NotificationSettingsStore>().AddSingleton<UnsubscribeLinks>();

    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api) => api.MapNotificationEndpoints().MapUnsubscribeEndpoints();
}
