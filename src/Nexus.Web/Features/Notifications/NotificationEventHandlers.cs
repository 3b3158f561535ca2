using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Challenges;
using Nexus.Web.Features.Follows;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Imports;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;

namespace Nexus.Web.Features.Notifications;

/// <summary>
/// A hub was saved (revision 1: published): notify the followers of the hub and of its owner who may read it.
/// Deletes and cache-only notices carry no revision and notify no one.
/// </summary>
internal sealed class HubSavedNotifier(NexusDbContext db, NotificationWriter writer) : IDomainEventHandler<HubChanged>
{
    public async Task HandleAsync(HubChanged change, DomainEventContext context, CancellationToken cancellationToken)
    {
        if (change.Revision is null || change.Slug == HubChangeFeed.Everything)
        {
            return;
        }

        var hub = await db.Hubs.AsNoTracking().Where(h => h.Slug == change.Slug)
            .Select(h => new { h.Id, h.Title, h.OwnerId, h.Visibility, h.Owner.Cohort, h.Owner.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (hub is null || hub.Visibility == HubVisibility.Private)
        {
            return;
        }

        var followers = db.Follows.Where(f => f.HubId == hub.Id || f.LearnerId == hub.OwnerId).Select(f => f.FollowerId);
        var privileged = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.Mentor || r.Name == Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        var recipients = await db.Users.Where(u => followers.Contains(u.Id))
            .Where(u => hub.Visibility == HubVisibility.Public || u.Cohort == hub.Cohort || privileged.Contains(u.Id))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        var verb = change.IsCreation ? "published" : "updated";
        await writer.NotifyAsync(recipients, new NotificationDraft(NotificationCategory.FollowedActivity,
            $"{hub.DisplayName} {verb} “{hub.Title}”", $"/api/v1/hubs/{change.Slug}", hub.OwnerId, $"event:{context.EventId}"), cancellationToken);
    }
}

internal sealed class ChallengeVerifiedNotifier(NexusDbContext db, NotificationWriter writer) : IDomainEventHandler<ChallengeVerified>
{
    public async Task HandleAsync(ChallengeVerified verified, DomainEventContext context, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.AsNoTracking().Where(c => c.Id == verified.ChallengeId).Select(c => c.Title).SingleOrDefaultAsync(cancellationToken);
        var mentor = await db.Users.AsNoTracking().Where(u => u.Id == verified.MentorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        if (challenge is null || mentor is null)
        {
            return;
        }

        await writer.NotifyAsync([verified.HubOwnerId], new NotificationDraft(NotificationCategory.ChallengeVerified,
            $"{mentor} verified your challenge “{challenge}”", $"/api/v1/hubs/{verified.HubSlug}", verified.MentorId, $"event:{context.EventId}"), cancellationToken);
    }
}

internal sealed class ImportFinishedNotifier(NexusDbContext db, NotificationWriter writer) : IDomainEventHandler<ImportFinished>
{
    public async Task HandleAsync(ImportFinished finished, DomainEventContext context, CancellationToken cancellationToken)
    {
        var file = await db.ImportJobs.AsNoTracking().Where(j => j.Id == finished.ImportId).Select(j => j.FileName).SingleOrDefaultAsync(cancellationToken) ?? "your archive";
        var title = finished.Status == "failed"
            ? $"Your import of {file} failed"
            : $"Your import of {file} finished: {Count(finished.HubsCreated, "hub")} created, {Count(finished.Errors, "file")} failed";
        await writer.NotifyAsync([finished.OwnerId], new NotificationDraft(NotificationCategory.Imports,
            title, $"/api/v1/imports/{finished.ImportId}", null, $"event:{context.EventId}"), cancellationToken);
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

internal sealed class NewFollowerNotifier(NexusDbContext db, NotificationWriter writer) : IDomainEventHandler<LearnerFollowed>
{
    public async Task HandleAsync(LearnerFollowed followed, DomainEventContext context, CancellationToken cancellationToken)
    {
        var follower = await db.Users.AsNoTracking().Where(u => u.Id == followed.FollowerId)
            .Select(u => new { u.Handle, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        // An unfollow before this ran makes the notification moot.
        if (follower is null || !await db.Follows.AnyAsync(f => f.LearnerId == followed.LearnerId && f.FollowerId == followed.FollowerId, cancellationToken))
        {
            return;
        }

        await writer.NotifyAsync([followed.LearnerId], new NotificationDraft(NotificationCategory.NewFollower,
            $"{follower.DisplayName} (@{follower.Handle}) started following you", $"/api/v1/follows/learner/{follower.Handle}",
            followed.FollowerId, $"event:{context.EventId}"), cancellationToken);
    }
}
