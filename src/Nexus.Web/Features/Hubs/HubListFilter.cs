using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;

namespace Nexus.Web.Features.Hubs;

/// <summary>The filters of hub lists (REST and GraphQL), each backed by an index; order: newest first.</summary>
public static class HubListFilter
{
    public static IQueryable<Hub> Apply(IQueryable<Hub> query, string? cohort, LearnerTrack? track, string? technology)
    {
        if (!string.IsNullOrWhiteSpace(cohort))
        {
            var wanted = cohort.Trim();
            query = query.Where(h => h.Owner.Cohort == wanted);
        }

        if (track is { } wantedTrack)
        {
            query = query.Where(h => h.Owner.Track == wantedTrack);
        }

        if (!string.IsNullOrWhiteSpace(technology))
        {
            var slug = technology.Trim().ToLowerInvariant();
            query = query.Where(h => h.Topics.Any(t => t.Entry.Slug == slug && t.Entry.Kind == TopicKind.Technology));
        }

        return query;
    }

    public static IOrderedQueryable<Hub> NewestFirst(this IQueryable<Hub> query) => query.OrderByDescending(h => h.UpdatedAt).ThenBy(h => h.Id);
}
