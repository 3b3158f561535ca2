namespace Nexus.Web.Features.Notifications;

/// <summary>
/// An in-app notification. <see cref="DedupeKey"/> names the event it came from, unique per recipient, so an event
/// delivered twice notifies once. <see cref="EmailedAt"/> is set once it went out by email (at once or in a digest).
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public Guid RecipientId { get; set; }
    public NotificationCategory Category { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The API path of what the notification is about, e.g. <c>/api/v1/hubs/grace-backend</c>.</summary>
    public string Path { get; set; } = "";

    public Guid? ActorId { get; set; }
    public string DedupeKey { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }
}

public enum NotificationCategory
{
    /// <summary>A followed hub, or a hub of a followed learner, was published or updated.</summary>
    FollowedActivity,
    ChallengeVerified,
    Imports,
    NewFollower,

    /// <summary>No notification of its own: the digest section of cohort and followed-technology activity.</summary>
    CohortDigest,
}

public enum Delivery
{
    Immediate,
    Daily,
    Weekly,
    Off,
}
