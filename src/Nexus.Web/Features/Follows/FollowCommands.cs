using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Follows;

/// <summary>A learner started following another learner (who gets a notification).</summary>
public sealed record LearnerFollowed(Guid FollowerId, Guid LearnerId)
{
    public const string EventName = "follows.learner-followed";
}

/// <summary>Creates follows; a follow that already exists (also one a concurrent request just created) is returned as is.</summary>
public sealed class FollowCommands(NexusDbContext db, IDomainEvents domainEvents, TimeProvider clock)
{
    public async Task<(Follow Follow, bool Created)> FollowAsync(Guid followerId, FollowTarget target, CancellationToken cancellationToken)
    {
        var existing = await Existing(followerId, target).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var follow = new Follow
        {
            FollowerId = followerId,
            Kind = target.Kind,
            HubId = target.HubId,
            LearnerId = target.LearnerId,
            TechnologyId = target.TechnologyId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Follows.Add(follow);
        if (target.LearnerId is { } learnerId)
        {
            domainEvents.Raise(new LearnerFollowed(followerId, learnerId));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (follow, true);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a concurrent follow of the same target: that one stands.
            db.ChangeTracker.Clear();
            return (await Existing(followerId, target).SingleAsync(cancellationToken), false);
        }
    }

    private IQueryable<Follow> Existing(Guid followerId, FollowTarget target) =>
        db.Follows.AsNoTracking().Where(target.Matches()).Where(f => f.FollowerId == followerId);
}
