using System.Text;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Renders a search's statements (<see cref="SearchStatement"/>, run by <see cref="SearchSession"/>). User text never
/// becomes SQL: words are <see cref="SearchText"/> tokens (letters and digits only), and even so they travel as
/// parameters — into an FTS5 query string of quoted, escaped tokens on SQLite, into plainto/phraseto/to_tsquery
/// arguments on PostgreSQL.
/// </summary>
public static class SearchSql
{
    // Only what the window needs: bodies (large, TOASTed on PostgreSQL) are read for the page of results, and for the
    // candidates only when the ranking's adjacency bonus needs them. Read by SearchRows.Candidate, in this order.
    private const string Selected = "d.hub_id, d.kind, d.source_id, d.updated_at, d.title_terms, d.tags, d.verified";

    /// <summary>
    /// The newest readable matches of a query, newest first, at most <paramref name="limit"/>: the words and
    /// <paramref name="filter"/>'s tags (all groups apply, any token of a group does) matched by the provider's index,
    /// the caller's read rule applied before anything is counted, and on PostgreSQL the bounds of one span of ids.
    /// </summary>
    public static SearchStatement Window(SearchQuery query, SearchFilter filter, bool postgres, WindowBounds? bounds, int limit)
    {
        var parameters = new List<object>();
        string Parameter(object value)
        {
            parameters.Add(value);
            return $"@p{parameters.Count - 1}";
        }

        var conditions = new List<string>();
        string from, newestFirst;
        var tags = filter.Tags;
        if (query.Include.Count == 0 && tags.Count == 0)
        {
            (from, newestFirst) = ("search_documents AS d", "d.id DESC");
        }
        else if (!postgres)
        {
            // FTS5 drives: its rowid is the id, so newest first is the index's own order and the LIMIT stops the scan early.
            var parts = new List<string>();
            if (query.Include.Count > 0)
            {
                parts.Add($"({Fts5(query)})");
            }

            parts.AddRange(tags.Select(group => $"({string.Join(" OR ", group.Select(Quote))})"));
            (from, newestFirst) = ("search_fts AS f JOIN search_documents AS d ON d.id = f.rowid", "f.rowid DESC");
            conditions.Add($"f.search_fts MATCH {Parameter(string.Join(" AND ", parts))}");
        }
        else
        {
            // Tags join the words in one tsquery (one GIN scan intersects them), verbatim as quoted lexemes: to_tsquery
            // would cut the leading underscore.
            string TagQuery(IEnumerable<IReadOnlyList<string>> groups) =>
                $"CAST({Parameter(string.Join(" & ", groups.Select(group => $"({string.Join(" | ", group.Select(t => $"'{t}'"))})")))} AS tsquery)";

            var words = query.Include.Count > 0 ? PostgresWords(query, Parameter) : "";
            (from, newestFirst) = ("search_documents AS d", "d.id DESC");
            conditions.Add($"d.tsv @@ ({(tags.Count == 0 ? words : words.Length == 0 ? TagQuery(tags) : $"{words} && {TagQuery(tags)}")})");
            // The blocks are a second tsquery, so a second key of the same GIN scan. In one tsquery with the words, GIN
            // would walk every id of the blocks (they are rarer than common words) and test the words against each; as
            // their own key, the rarest words drive and the blocks are only probed (migrations next to 16 blocks: 9 ms → 1).
            if (bounds?.Blocks is { Count: > 0 } blocks)
            {
                conditions.Add($"d.tsv @@ {TagQuery([blocks])}");
            }
        }

        conditions.AddRange(ReadRule(filter, postgres, Parameter));
        if (bounds is not null)
        {
            // Both bounds prune partitions on PostgreSQL. The statements are planned once (SearchSession): with blocks
            // named, the generic plan prunes as it runs; a span of whole partitions carries its bounds as literals, since
            // a plan that cannot see them takes the id index for selective and intersects it with the words'.
            conditions.Add(bounds.Blocks is null
                ? FormattableString.Invariant($"d.id < {bounds.Below} AND d.id >= {bounds.From}")
                : $"d.id < {Parameter(bounds.Below)} AND d.id >= {Parameter(bounds.From)}");
        }

        var where = conditions.Count == 0 ? "" : $"\nWHERE {string.Join("\n  AND ", conditions)}";
        return new($"SELECT d.id, {Selected}\nFROM {from}{where}\nORDER BY {newestFirst}\nLIMIT {Parameter(limit)}", parameters);
    }

    /// <summary>
    /// <see cref="HubAccessPolicy"/>'s read rule (<see cref="HubCaller"/>) over the hub facts each document carries
    /// (see <see cref="SearchTags.Columns"/>), and the cohort filter when it has no tag (a name that is not ASCII).
    /// </summary>
    private static IEnumerable<string> ReadRule(SearchFilter filter, bool postgres, Func<object, string> parameter)
    {
        const string Public = $"d.hub_visibility = '{nameof(HubVisibility.Public)}'", Cohort = $"d.hub_visibility = '{nameof(HubVisibility.Cohort)}'";
        var (everything, userId, cohort, everyCohort) = filter.Caller;
        if (userId is null && !everything)
        {
            yield return Public;
        }
        else if (userId is { } id && !everything)
        {
            // EF Core keeps Guids as upper-case text on SQLite.
            var owner = $"d.owner_id = {parameter(postgres ? id : id.ToString().ToUpperInvariant())}";
            var ofCohort = everyCohort ? $" OR {Cohort}" : cohort is null ? "" : $" OR ({Cohort} AND d.owner_cohort = {parameter(cohort)})";
            yield return $"({Public} OR {owner}{ofCohort})";
        }

        if (filter.OwnerCohort is { } lowerCased)
        {
            yield return $"lower(d.owner_cohort) = {parameter(lowerCased)}";
        }
    }

    /// <summary>The id of a catalogue entry by its slug, or by an old slug that redirects to it (merged entries).</summary>
    public static SearchStatement Entry(string kind, string slug) => new("""
        SELECT id, 0 AS redirected FROM catalogue_entries WHERE kind = @p0 AND slug = @p1
        UNION ALL
        SELECT entry_id, 1 FROM catalogue_redirects WHERE kind = @p0 AND slug = @p1
        ORDER BY redirected
        LIMIT 1
        """, [kind, slug]);

    /// <summary>The id of the user with a handle, whatever its case.</summary>
    public static SearchStatement Author(string handle) => new("SELECT id FROM users WHERE lower(handle) = @p0 LIMIT 1", [handle]);

    /// <summary>The display fields of documents by id (bounded too: on PostgreSQL the bounds prune partitions), with their hubs'.</summary>
    public static SearchStatement Page(IReadOnlyList<long> ids, bool postgres) => ById("""
        d.id, d.section_title, d.title, d.body, h.slug, h.title, u.handle
        FROM search_documents AS d JOIN hubs AS h ON h.id = d.hub_id JOIN users AS u ON u.id = h.owner_id
        """, ids, postgres);

    /// <summary>The body words of documents by id, for the ranking's adjacency bonus.</summary>
    public static SearchStatement Bodies(IReadOnlyList<long> ids, bool postgres) =>
        ById("d.id, d.body_terms\nFROM search_documents AS d", ids, postgres);

    private static SearchStatement ById(string columnsAndFrom, IReadOnlyList<long> ids, bool postgres)
    {
        var (lowest, highest) = ids.Count == 0 ? (0, -1) : (ids.Min(), ids.Max());
        var any = postgres ? "d.id = ANY(@p0)" : "d.id IN (SELECT value FROM json_each(@p0))";
        object list = postgres ? ids.ToArray() : $"[{string.Join(',', ids)}]";
        return new($"SELECT {columnsAndFrom}\nWHERE {any} AND d.id >= @p1 AND d.id <= @p2", [list, lowest, highest]);
    }

    /// <summary>The FTS5 query string: quoted tokens, ANDed, then each exclusion with NOT.</summary>
    public static string Fts5(SearchQuery query)
    {
        var text = new StringBuilder("(");
        text.Append(string.Join(" AND ", query.Include.Select(Fts5Term)));
        text.Append(')');
        foreach (var excluded in query.Exclude)
        {
            text.Append(" NOT ").Append(Fts5Term(excluded));
        }

        return text.ToString();
    }

    private static string Fts5Term(SearchTerm term) => term switch
    {
        WordTerm { Prefix: true } w => $"{Quote(w.Word)}*",
        WordTerm w => Quote(w.Word),
        PhraseTerm p => Quote(string.Join(' ', p.Words)),
        AnyWordTerm a => $"({string.Join(" OR ", a.Words.Select(Quote))})",
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private static string Quote(string token) => $"\"{token.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>
    /// PostgreSQL's documents carry the block of <see cref="FineBlock"/> ids they belong to as a <c>_b</c> tag (set by the
    /// tsvector's generation expression, migration 0010), so that a search can ask the GIN index for the newest blocks'
    /// matches first (<see cref="NewestBlocksFirst"/>): GIN yields matches in no useful order, and sorting every match of
    /// a common word is what cost seconds. Longer spans are ranges of ids, which prune whole partitions
    /// (<see cref="CoarseBlock"/> ids each, <see cref="SearchPartitions"/>).
    /// </summary>
    public const long FineBlock = 4096;

    public const long CoarseBlock = SearchPartitions.Size;

    public static string FineBlockTag(long block) => $"_b{block}";

    private static string PostgresWords(SearchQuery query, Func<object, string> parameter)
    {
        string Render(SearchTerm term) => term switch
        {
            // Single quotes make the token a literal lexeme for to_tsquery, whatever it contains.
            WordTerm { Prefix: true } w => $"to_tsquery('simple', {parameter($"'{w.Word.Replace("'", "''", StringComparison.Ordinal)}':*")})",
            WordTerm w => $"plainto_tsquery('simple', {parameter(w.Word)})",
            PhraseTerm p => $"phraseto_tsquery('simple', {parameter(string.Join(' ', p.Words))})",
            AnyWordTerm a => $"({string.Join(" || ", a.Words.Select(word => $"plainto_tsquery('simple', {parameter(word)})"))})",
            _ => throw new ArgumentOutOfRangeException(nameof(term)),
        };

        var parts = query.Include.Select(Render).Concat(query.Exclude.Select(t => $"!!({Render(t)})"));
        return $"({string.Join(" && ", parts)})";
    }

    /// <summary>The FTS5 trigram query for a word's likely spellings: any of its padded trigrams.</summary>
    public static string Trigrams(string word)
    {
        var padded = $" {word} ";
        var grams = Enumerable.Range(0, padded.Length - 2).Select(i => Quote(padded.Substring(i, 3))).Distinct();
        return string.Join(" OR ", grams);
    }
}
