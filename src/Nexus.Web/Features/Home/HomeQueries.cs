using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Home;

public sealed record RecentHub(string Slug, string Title, string Summary, string Owner, DateTimeOffset UpdatedAt);

public sealed record TechnologyCount(string Slug, string Name, int Hubs);

/// <summary>What the home page shows, limited like every list to the hubs the visitor may read.</summary>
public sealed class HomeQueries(NexusDbContext db)
{
    public Task<List<RecentHub>> RecentHubsAsync(ClaimsPrincipal user, int count, CancellationToken cancellationToken) =>
        db.Hubs.AsNoTracking().Where(HubAccessPolicy.ReadableBy(user)).NewestFirst().Take(count)
            .Select(h => new RecentHub(h.Slug, h.Title, h.Summary, h.Owner.DisplayName, h.UpdatedAt))
            .ToListAsync(cancellationToken);

    public async Task<List<TechnologyCount>> MostDocumentedTechnologiesAsync(ClaimsPrincipal user, int count, CancellationToken cancellationToken)
    {
        var readable = db.Hubs.Where(HubAccessPolicy.ReadableBy(user));
        var rows = await db.HubTopics
            .Where(t => t.Entry.Kind == TopicKind.Technology && readable.Any(h => h.Id == t.HubId))
            .GroupBy(t => new { t.Entry.Slug, t.Entry.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Slug).Take(count)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TechnologyCount(r.Slug, r.Name, r.Count))];
    }
}
