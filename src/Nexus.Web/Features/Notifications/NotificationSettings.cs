namespace Nexus.Web.Features.Notifications;

/// <summary>
/// A learner's email preferences, one delivery per category, and when each digest last went out (its next one covers
/// what happened since). A learner without a row has <see cref="Defaults"/>. In-app notifications are always created.
/// </summary>
public sealed class NotificationSettings
{
    public Guid LearnerId { get; set; }
    public Delivery FollowedActivity { get; set; } = Delivery.Daily;
    public Delivery ChallengeVerified { get; set; } = Delivery.Immediate;
    public Delivery Imports { get; set; } = Delivery.Immediate;
    public Delivery NewFollower { get; set; } = Delivery.Daily;
    public Delivery CohortDigest { get; set; } = Delivery.Weekly;
    public DateTimeOffset? DailyDigestSentAt { get; set; }
    public DateTimeOffset? WeeklyDigestSentAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public static NotificationSettings Defaults(Guid learnerId) => new() { LearnerId = learnerId };

    public Delivery this[NotificationCategory category]
    {
        get => category switch
        {
            NotificationCategory.FollowedActivity => FollowedActivity,
            NotificationCategory.ChallengeVerified => ChallengeVerified,
            NotificationCategory.Imports => Imports,
            NotificationCategory.NewFollower => NewFollower,
            _ => CohortDigest,
        };
        set
        {
            switch (category)
            {
                case NotificationCategory.FollowedActivity: FollowedActivity = value; break;
                case NotificationCategory.ChallengeVerified: ChallengeVerified = value; break;
                case NotificationCategory.Imports: Imports = value; break;
                case NotificationCategory.NewFollower: NewFollower = value; break;
                default: CohortDigest = value; break;
            }
        }
    }
}
