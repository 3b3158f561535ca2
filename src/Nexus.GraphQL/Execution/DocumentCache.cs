using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Remembers parsed and validated documents, with their per-operation plans (see <see cref="OperationPlan"/>), by
/// their text, so a repeated query skips parsing, validation and analysis. Use one cache per schema and rule set.
/// Bounded: it starts over when full.
/// </summary>
public sealed class DocumentCache(int capacity = 1000)
{
    // Keyed by the text itself: a string hash is far cheaper than a digest, and the entry holds the text anyway.
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private int _misses;
    private int _hits;

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>A document's persisted id: "sha256:" and the hex digest of its UTF-8 text.</summary>
    public static string Hash(string query) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    internal CachedDocument GetOrAdd(string query, Func<string, CachedDocument> create)
    {
        if (_entries.TryGetValue(query, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(query, create);
    }
}
