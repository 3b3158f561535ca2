using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Follows;

/// <summary>What a follow points at, resolved from the route's kind and slug (hub, technology) or handle (learner).</summary>
public sealed record FollowTarget(FollowKind Kind, string Key, string Name, long? HubId, Guid? LearnerId, long? TechnologyId)
{
    /// <summary>The target if it exists and the caller may see it (a hub they cannot read does not exist for them).</summary>
    public static async Task<FollowTarget?> FindAsync(NexusDbContext db, FollowKind kind, string key, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case FollowKind.Hub:
                var hub = await HubMeta.FindReadableAsync(db, key, user, cancellationToken);
                var title = hub is null ? null : await db.Hubs.Where(h => h.Id == hub.Id).Select(h => h.Title).SingleAsync(cancellationToken);
                return hub is null ? null : new FollowTarget(kind, hub.Slug, title!, hub.Id, null, null);
            case FollowKind.Learner:
                var handle = key.ToLowerInvariant();
                var learner = await db.Users.AsNoTracking().Where(u => u.Handle == handle)
                    .Select(u => new { u.Id, u.Handle, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
                return learner is null ? null : new FollowTarget(kind, learner.Handle, learner.DisplayName, null, learner.Id, null);
            default:
                var technology = await db.CatalogueEntries.AsNoTracking().Where(e => e.Kind == TopicKind.Technology && e.Slug == key)
                    .Select(e => new { e.Id, e.Slug, e.Name }).SingleOrDefaultAsync(cancellationToken);
                return technology is null ? null : new FollowTarget(kind, technology.Slug, technology.Name, null, null, technology.Id);
        }
    }

    /// <summary>The follows of this target, by the index on its column.</summary>
    public Expression<Func<Follow, bool>> Matches() => Kind switch
    {
        FollowKind.Hub => f => f.HubId == HubId,
        FollowKind.Learner => f => f.LearnerId == LearnerId,
        _ => f => f.TechnologyId == TechnologyId,
    };
}
