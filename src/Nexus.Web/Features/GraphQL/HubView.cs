using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// A stored hub as the per-node cache holds it (the REST shape plus its access facts): a <c>hub(slug)</c> query
/// resolves every field from memory, as REST does. Lists of hubs use <see cref="Hub"/> rows and DataLoaders instead.
/// </summary>
public sealed record HubView(CachedHub Cached)
{
    public string Slug => Cached.Hub.Slug;

    public string Title => Cached.Hub.Title;

    public string Summary => Cached.Hub.Summary;

    public int Revision => Cached.Hub.Revision;

    public DateTimeOffset CreatedAt => Cached.Hub.CreatedAt;

    public DateTimeOffset UpdatedAt => Cached.Hub.UpdatedAt;
}
