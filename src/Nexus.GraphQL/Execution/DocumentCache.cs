using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Remembers parsed and validated documents by the SHA-256 of their text, so a repeated query skips
/// parsing and validation. Use one cache per schema and rule set. Bounded: it starts over when full.
/// </summary>
public sealed class DocumentCache(int capacity = 1000)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private int _misses;
    private int _hits;

    public int Hits => _hits;

    public int Misses => _misses;

    public static string Hash(string query) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    internal CachedDocument GetOrAdd(string query, Func<CachedDocument> create)
    {
        var key = Hash(query);
        if (_entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        Interlocked.Increment(ref _misses);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        return _entries.GetOrAdd(key, _ => create());
    }
}

/// <summary>A parse result: the document (null when it did not parse) and its syntax or validation errors.</summary>
internal sealed record CachedDocument(DocumentNode? Document, IReadOnlyList<GraphQLError> Errors);
