namespace Nexus.Web.Features.Notifications;

public sealed record NotificationActor(string Handle, string DisplayName);

public sealed record NotificationResponse(
    long Id, string Category, string Title, string Path, NotificationActor? Actor, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record UnreadCountResponse(int Unread);

public sealed record MarkedReadResponse(int Marked);

/// <summary>Email delivery per category: "immediate", "daily" (digest), "weekly" (digest) or "off". In-app notifications are always kept.</summary>
public sealed record NotificationPreferences(
    string? FollowedActivity, string? ChallengeVerified, string? Imports, string? NewFollower, string? CohortDigest);

/// <summary>Wire names: categories in kebab case ("followed-activity"), deliveries in lower case.</summary>
public static class NotificationNames
{
    public static readonly NotificationCategory[] Categories = Enum.GetValues<NotificationCategory>();

    public static string ToWire(this NotificationCategory category) => category switch
    {
        NotificationCategory.FollowedActivity => "followed-activity",
        NotificationCategory.ChallengeVerified => "challenge-verified",
        NotificationCategory.Imports => "imports",
        NotificationCategory.NewFollower => "new-follower",
        _ => "cohort-digest",
    };

    public static string ToWire(this Delivery delivery) => delivery.ToString().ToLowerInvariant();

    public static bool TryParseDelivery(string? value, out Delivery delivery) =>
        Enum.TryParse(value, ignoreCase: true, out delivery) && Enum.IsDefined(delivery) && !int.TryParse(value, out _);

    public static bool TryParseCategory(string? value, out NotificationCategory category)
    {
        category = Categories.FirstOrDefault(c => c.ToWire() == value);
        return value is not null && category.ToWire() == value;
    }

    /// <summary>What a person reads in an email footer or on the unsubscribe page.</summary>
    public static string Describe(this NotificationCategory category) => category switch
    {
        NotificationCategory.FollowedActivity => "hubs and learners you follow",
        NotificationCategory.ChallengeVerified => "mentors verifying your challenges",
        NotificationCategory.Imports => "your README imports",
        NotificationCategory.NewFollower => "new followers",
        _ => "activity in your cohort and the technologies you follow",
    };

    public static NotificationPreferences ToResponse(this NotificationSettings settings) => new(
        settings.FollowedActivity.ToWire(), settings.ChallengeVerified.ToWire(), settings.Imports.ToWire(),
        settings.NewFollower.ToWire(), settings.CohortDigest.ToWire());
}
