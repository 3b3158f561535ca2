using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Nexus.Web.Features.Hubs;

/// <summary>A hub's access facts and its serialized JSON, as cached per node.</summary>
public sealed record CachedHub(HubMeta Meta, byte[] Json);

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
    public byte[] Store(HubMeta meta, HubResponse hub, long generationBeforeLoad)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(hub, json.Value.SerializerOptions);
        if (Generation == generationBeforeLoad)
        {
            cache.Set(Key(meta.Slug), new CachedHub(meta, bytes), new MemoryCacheEntryOptions
            {
                Size = bytes.Length,
                SlidingExpiration = TimeSpan.FromMinutes(30),
            });
        }

        return bytes;
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
