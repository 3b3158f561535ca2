namespace Nexus.Web.Features.Follows;

/// <summary>
/// A learner following a hub, another learner or a technology. Exactly one target column is set (the one
/// <see cref="Kind"/> names), each a foreign key, so deleting a hub, an account or a catalogue entry ends its follows.
/// </summary>
public sealed class Follow
{
    public long Id { get; set; }
    public Guid FollowerId { get; set; }
    public FollowKind Kind { get; set; }
    public long? HubId { get; set; }
    public Guid? LearnerId { get; set; }
    public long? TechnologyId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum FollowKind
{
    Hub,
    Learner,
    Technology,
}
