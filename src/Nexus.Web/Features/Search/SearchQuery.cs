namespace Nexus.Web.Features.Search;

/// <summary>One thing to look for in the text, already reduced to index tokens (see <see cref="SearchText"/>).</summary>
public abstract record SearchTerm;

/// <summary>A single word; with <see cref="Prefix"/> it also matches longer words (<c>postg*</c>).</summary>
public sealed record WordTerm(string Word, bool Prefix = false) : SearchTerm;

/// <summary>Words that must appear next to each other, in order (<c>"exact phrase"</c>, or a word like <c>n+1</c>).</summary>
public sealed record PhraseTerm(IReadOnlyList<string> Words) : SearchTerm
{
    // Records compare lists by reference; two phrases of the same words are the same term.
    public bool Equals(PhraseTerm? other) => other is not null && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => string.Join(' ', Words).GetHashCode(StringComparison.Ordinal);
}

/// <summary>Any of several words: a misspelt word replaced by the index words it probably meant.</summary>
public sealed record AnyWordTerm(IReadOnlyList<string> Words) : SearchTerm
{
    public bool Equals(AnyWordTerm? other) => other is not null && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => string.Join('|', Words).GetHashCode(StringComparison.Ordinal);
}

/// <summary>The filters a query may carry (<c>tech:redis type:challenge</c>): technologies and concepts all apply; several types mean any of them.</summary>
public sealed record SearchFilters(
    IReadOnlyList<string> Technologies,
    IReadOnlyList<string> Concepts,
    IReadOnlyList<string> Types,
    string? Track,
    string? Cohort,
    string? Author)
{
    public static readonly SearchFilters None = new([], [], [], null, null, null);

    public bool Any => Technologies.Count > 0 || Concepts.Count > 0 || Types.Count > 0 || Track is not null || Cohort is not null || Author is not null;
}

/// <summary>The parsed query: terms every result contains, terms no result contains, and filters.</summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Include, IReadOnlyList<SearchTerm> Exclude, SearchFilters Filters)
{
    /// <summary>Every word the query looks for, for ranking and highlighting.</summary>
    public IEnumerable<string> PositiveWords => Include.SelectMany(t => t switch
    {
        WordTerm w => [w.Word],
        PhraseTerm p => p.Words,
        AnyWordTerm a => a.Words,
        _ => [],
    });
}
