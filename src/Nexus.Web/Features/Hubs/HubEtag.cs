using Microsoft.Net.Http.Headers;

namespace Nexus.Web.Features.Hubs;

/// <summary>Strong ETags over a hub's version, and the If-Match / If-None-Match checks against them.</summary>
public static class HubEtag
{
    public static string For(Hub hub) => For(hub.Id, hub.Version);

    public static string For(long hubId, int version) => $"\"{hubId}-{version}\"";

    public static bool Matches(string? header, string etag)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        if (header.Trim() == "*")
        {
            return true;
        }

        return EntityTagHeaderValue.TryParseList([header], out var tags)
               && tags.Any(tag => !tag.IsWeak && tag.Tag.ToString() == etag);
    }
}
