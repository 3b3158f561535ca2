namespace Nexus.Web.Features.Hubs;

/// <summary>Reads whole hubs for REST and GraphQL alike: from the per-node cache, or loaded once and cached. Callers decide access.</summary>
public sealed class HubReader(HubStore store, HubReadCache cache)
{
    public async Task<CachedHub?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        if (cache.Find(slug) is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation;
        var hub = await store.LoadAsync(slug, forUpdate: false, cancellationToken);
        if (hub is null)
        {
            return null;
        }

        var meta = new HubMeta(hub.Id, hub.Slug, hub.OwnerId, hub.Visibility, hub.Owner.Cohort, hub.Version, hub.Revision);
        return cache.Store(meta, HubMapper.ToResponse(hub), generation);
    }
}
