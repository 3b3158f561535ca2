using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Hubs;

/// <summary>What access decisions about a hub need, read in one small query.</summary>
public sealed record HubMeta(long Id, string Slug, Guid OwnerId, HubVisibility Visibility, string Cohort, int Version, int Revision)
{
    /// <summary>The hub if it exists and the caller may read it; otherwise null (callers answer 404 either way).</summary>
    public static async Task<HubMeta?> FindReadableAsync(NexusDbContext db, string slug, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var hub = await FindBySlug(db, slug, cancellationToken);
        return hub is not null && HubAccessPolicy.CanRead(user, hub.OwnerId, hub.Visibility, hub.Cohort) ? hub : null;
    }

    // Compiled once: this query runs on every hub read, so skipping LINQ translation matters.
    private static readonly Func<NexusDbContext, string, CancellationToken, Task<HubMeta?>> FindBySlug =
        EF.CompileAsyncQuery((NexusDbContext db, string slug, CancellationToken _) =>
            db.Hubs.AsNoTracking().Where(h => h.Slug == slug)
                .Select(h => new HubMeta(h.Id, h.Slug, h.OwnerId, h.Visibility, h.Owner.Cohort, h.Version, h.Revision))
                .SingleOrDefault());
}
