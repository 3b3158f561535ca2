using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Nexus.Web.Features.Hubs;

/// <summary>A hub's access facts, its API shape and that shape serialized, as cached per node (REST writes the bytes,
/// GraphQL resolves fields from the shape).</summary>
public sealed record CachedHub(HubMeta Meta, HubResponse Hub, byte[] Json);

/// <summary>
/// Per-node cache of hubs' JSON. Entries are dropped when a hub changes: by the writer right after its commit,
/// and on other nodes through <see cref="HubChangeFeed"/>. A generation counter keeps a read that raced with a
/// write from caching what it loaded before that write.
/// </summary>
public sealed class HubReadCache(IMemoryCache cache, IOptions<JsonOptions> json)
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public CachedHub? Find(string slug) => cache.TryGetValue(Key(slug), out CachedHub? entry) ? entry : null;

    /// <summary>Serializes the hub and caches it unless an invalidation happened since <paramref name="generationBeforeLoad"/>.</summary>
    public CachedHub Store(HubMeta meta, HubResponse hub, long generationBeforeLoad)
    {
        var entry = new CachedHub(meta, hub, JsonSerializer.SerializeToUtf8Bytes(hub, json.Value.SerializerOptions));
        if (Generation == generationBeforeLoad)
        {
            cache.Set(Key(meta.Slug), entry, new MemoryCacheEntryOptions
            {
                // The object graph costs about as much again as its JSON.
                Size = entry.Json.Length * 2,
                SlidingExpiration = TimeSpan.FromMinutes(30),
            });
        }

        return entry;
    }

    public void Invalidate(string slug)
    {
        Interlocked.Increment(ref _generation);
        cache.Remove(Key(slug));
    }

    public void InvalidateAll()
    {
        Interlocked.Increment(ref _generation);
        if (cache is MemoryCache memory)
        {
            memory.Clear();
        }
    }

    private static string Key(string slug) => $"hub:{slug}";
}
