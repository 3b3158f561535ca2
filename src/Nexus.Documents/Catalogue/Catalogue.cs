namespace Nexus.Documents;

/// <summary>
/// The shared technology/concept catalogue, matched tolerantly: "DRF", "Django-REST framework" and
/// "django rest framework" reach the same entry through its name, slug or aliases.
/// </summary>
public sealed class Catalogue
{
    private const int MaxPhraseWords = 4;
    private readonly Dictionary<string, CatalogueEntry>[] _byKind;

    public Catalogue(IEnumerable<CatalogueEntry> entries)
    {
        Entries = entries.ToArray();
        _byKind = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        foreach (var entry in Entries)
        {
            var index = _byKind[(int)entry.Kind];
            foreach (var name in entry.Aliases.Prepend(entry.Slug).Prepend(entry.Name))
            {
                var key = NameKey.Of(name);
                if (key.Length > 0)
                {
                    index.TryAdd(key, entry);
                    index.TryAdd(NameKey.Singular(key), entry);
                }
            }
        }
    }

    public static Catalogue Empty { get; } = new([]);

    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>The entry whose name, slug or alias equals the text, ignoring case, punctuation and spacing.</summary>
    public CatalogueEntry? MatchExact(string text, TopicKind kind)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0)
            return null;
        var index = _byKind[(int)kind];
        return index.GetValueOrDefault(key) ?? index.GetValueOrDefault(NameKey.Singular(key));
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
        return MatchPhrase(NameKey.Words(text), _byKind[(int)kind]);
    }

    private static CatalogueEntry? MatchPhrase(List<string> words, Dictionary<string, CatalogueEntry> index)
    {
        if (words.Count > 12)
            return null;
        for (var length = Math.Min(MaxPhraseWords, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var key = string.Concat(words.GetRange(start, length));
                if (key.Length > 1 && index.TryGetValue(key, out var entry))
                    return entry;
            }
        }
        return null;
    }
}
