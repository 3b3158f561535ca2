namespace Nexus.Documents;

/// <summary>
/// The shared technology/concept catalogue, matched tolerantly: "DRF", "Django-REST framework" and
/// "django rest framework" reach the same entry through its name, slug or aliases.
/// </summary>
public sealed class Catalogue
{
    private const int MaxPhraseWords = 4;
    private const int MaxPhraseSearchWords = 12;
    private readonly Dictionary<string, CatalogueEntry>.AlternateLookup<ReadOnlySpan<char>>[] _byKind;

    public Catalogue(IEnumerable<CatalogueEntry> entries)
    {
        Entries = entries.ToArray();
        Dictionary<string, CatalogueEntry>[] indexes = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        foreach (var entry in Entries)
        {
            var index = indexes[(int)entry.Kind];
            foreach (var name in entry.Aliases.Prepend(entry.Slug).Prepend(entry.Name))
            {
                var key = NameKey.Of(name);
                if (key.Length > 0)
                {
                    index.TryAdd(key, entry);
                    index.TryAdd(NameKey.Singular(key).ToString(), entry);
                }
            }
        }
        _byKind = indexes.Select(i => i.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
    }

    public static Catalogue Empty { get; } = new([]);

    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>The entry whose name, slug or alias equals the text, ignoring case, punctuation and spacing.</summary>
    public CatalogueEntry? MatchExact(string text, TopicKind kind)
    {
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return Lookup(key[..NameKey.Write(text, key)], _byKind[(int)kind]);
    }

    /// <summary>
    /// Exact match first; then a parenthesised alias ("Django REST Framework (DRF)"); then the longest
    /// catalogue phrase inside the text ("Redis Caching" → Redis).
    /// </summary>
    public CatalogueEntry? Match(string text, TopicKind kind)
    {
        var exact = MatchExact(text, kind);
        if (exact is not null)
            return exact;
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            var outer = MatchExact(text[..open], kind) ?? MatchExact(text[(open + 1)..close], kind);
            if (outer is not null)
                return outer;
        }
        return MatchPhrase(text, _byKind[(int)kind]);
    }

    private static CatalogueEntry? Lookup(ReadOnlySpan<char> key, Dictionary<string, CatalogueEntry>.AlternateLookup<ReadOnlySpan<char>> index)
    {
        if (key.IsEmpty)
            return null;
        return index.TryGetValue(key, out var entry) || index.TryGetValue(NameKey.Singular(key), out entry) ? entry : null;
    }

    /// <summary>Tries runs of up to four words, longest first, then leftmost.</summary>
    private static CatalogueEntry? MatchPhrase(string text, Dictionary<string, CatalogueEntry>.AlternateLookup<ReadOnlySpan<char>> index)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxPhraseSearchWords)
            return null;
        Span<char> key = stackalloc char[512];
        CatalogueEntry? best = null;
        var bestWords = 0;
        for (var start = 0; start < words.Length; start++)
        {
            var length = 0;
            for (var count = 1; count <= MaxPhraseWords && start + count <= words.Length; count++)
            {
                var word = words[start + count - 1];
                if (length + word.Length > key.Length)
                    break;
                length += NameKey.Write(word, key[length..]);
                if (count > bestWords && length > 1 && index.TryGetValue(key[..length], out var entry))
                {
                    best = entry;
                    bestWords = count;
                }
            }
        }
        return best;
    }
}
