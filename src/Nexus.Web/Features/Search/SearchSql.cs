using System.Text;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Renders a <see cref="SearchQuery"/> into the provider's match clause. User text never becomes SQL: words are
/// <see cref="SearchText"/> tokens (letters and digits only), and even so they travel as parameters — into an FTS5
/// query string of quoted, escaped tokens on SQLite, into plainto/phraseto/to_tsquery arguments on PostgreSQL.
/// </summary>
public static class SearchSql
{
    // Only what the window needs: bodies (large, TOASTed on PostgreSQL) are read for the page of results, and for the
    // candidates only when the ranking's adjacency bonus needs them.
    private const string Selected = """
        d.hub_id AS "HubId", d.kind AS "Kind", d.source_id AS "SourceId", d.updated_at AS "UpdatedAt",
        d.title_terms AS "TitleTerms", d.tags AS "Tags", d.hub_visibility AS "HubVisibility", d.owner_id AS "OwnerId",
        d.owner_cohort AS "OwnerCohort", d.verified AS "Verified"
        """;

    private const string Columns = $"""
        SELECT d.id AS "Id", {Selected}
        FROM search_documents AS d
        """;

    // FTS5 drives: its rowid is the id, so "newest first" (ORDER BY id DESC) is the index's own order and a LIMIT
    // stops the scan early instead of materializing every match.
    private const string Fts5Columns = $$"""
        SELECT f.rowid AS "Id", {{Selected}}
        FROM search_fts AS f JOIN search_documents AS d ON d.id = f.rowid
        WHERE f.search_fts MATCH {0}
        """;

    /// <summary>
    /// The candidate documents' SQL with {n} placeholders, and the parameter values. <paramref name="tags"/> are
    /// <see cref="SearchTags"/> tokens every result carries: all groups apply, any token of a group does.
    /// <paramref name="blocks"/> (PostgreSQL only) are <see cref="FineBlockTag"/>s, any of which a result carries.
    /// </summary>
    public static (string Sql, object[] Parameters) Matches(SearchQuery query, IReadOnlyList<IReadOnlyList<string>> tags, bool postgres, IReadOnlyList<string>? blocks = null)
    {
        if (query.Include.Count == 0 && tags.Count == 0)
        {
            return (Columns, []);
        }

        if (!postgres)
        {
            var parts = new List<string>();
            if (query.Include.Count > 0)
            {
                parts.Add($"({Fts5(query)})");
            }

            parts.AddRange(tags.Select(group => $"({string.Join(" OR ", group.Select(Quote))})"));
            return (Fts5Columns, [string.Join(" AND ", parts)]);
        }

        // Tags join the words in one tsquery (one GIN scan intersects them), verbatim as quoted lexemes: to_tsquery
        // would cut the leading underscore.
        var (words, wordParameters) = query.Include.Count > 0 ? PostgresWords(query) : ("", []);
        var parameters = new List<object>(wordParameters);
        string TagQuery(IEnumerable<IReadOnlyList<string>> groups)
        {
            parameters.Add(string.Join(" & ", groups.Select(group => $"({string.Join(" | ", group.Select(t => $"'{t}'"))})")));
            return $"CAST({{{parameters.Count - 1}}} AS tsquery)";
        }

        var match = tags.Count == 0 ? words : words.Length == 0 ? TagQuery(tags) : $"{words} && {TagQuery(tags)}";
        var sql = $"{Columns}\nWHERE d.tsv @@ ({match})";
        // The blocks are a second tsquery, so a second key of the same GIN scan. In one tsquery with the words, GIN
        // would walk every id of the blocks (they are rarer than common words) and test the words against each; as
        // their own key, the rarest words drive and the blocks are only probed (migrations next to 16 blocks: 9 ms → 1).
        if (blocks is { Count: > 0 })
        {
            sql += $" AND d.tsv @@ {TagQuery([blocks])}";
        }

        return (sql, [.. parameters]);
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

    private static (string Sql, object[] Parameters) PostgresWords(SearchQuery query)
    {
        var parameters = new List<object>();
        string Parameter(string value)
        {
            parameters.Add(value);
            return $"{{{parameters.Count - 1}}}";
        }

        string Render(SearchTerm term) => term switch
        {
            // Single quotes make the token a literal lexeme for to_tsquery, whatever it contains.
            WordTerm { Prefix: true } w => $"to_tsquery('simple', {Parameter($"'{w.Word.Replace("'", "''", StringComparison.Ordinal)}':*")})",
            WordTerm w => $"plainto_tsquery('simple', {Parameter(w.Word)})",
            PhraseTerm p => $"phraseto_tsquery('simple', {Parameter(string.Join(' ', p.Words))})",
            AnyWordTerm a => $"({string.Join(" || ", a.Words.Select(word => $"plainto_tsquery('simple', {Parameter(word)})"))})",
            _ => throw new ArgumentOutOfRangeException(nameof(term)),
        };

        var parts = query.Include.Select(Render).Concat(query.Exclude.Select(t => $"!!({Render(t)})"));
        return ($"({string.Join(" && ", parts)})", [.. parameters]);
    }

    /// <summary>The FTS5 trigram query for a word's likely spellings: any of its padded trigrams.</summary>
    public static string Trigrams(string word)
    {
        var padded = $" {word} ";
        var grams = Enumerable.Range(0, padded.Length - 2).Select(i => Quote(padded.Substring(i, 3))).Distinct();
        return string.Join(" OR ", grams);
    }
}
