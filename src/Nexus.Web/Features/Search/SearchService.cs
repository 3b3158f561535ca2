using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.ReferenceGuide;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Runs a parsed query: the provider's full-text index matches the words and the filters (as <see cref="SearchTags"/>),
/// <see cref="HubAccessPolicy"/>'s read rule is composed onto that match in the same SQL, over the hub facts each
/// document carries (so totals and facets only ever count readable documents), and <see cref="SearchRanking"/> orders
/// the candidates identically on both providers.
/// Work per query is bounded whatever the corpus size: it takes the <see cref="RankedCandidates"/> most recently
/// indexed readable matches (document ids grow with every write, as a write re-indexes its hub; FTS5 yields them in
/// rowid order and stops early, PostgreSQL is asked block by block, <see cref="NewestBlocksFirst"/>).
/// Totals and facets are exact up to that many matches; beyond it the total says it is a lower bound.
/// </summary>
public sealed class SearchService(NexusDbContext db, CatalogueSlugCache catalogue, PreparedConnections prepared)
{
    /// <summary>
    /// How many of the newest matches are counted, faceted and ranked; pages beyond them (25 pages of 20) are not served.
    /// Reading and ranking them is most of a search's work: 1,000 kept PostgreSQL's filtered searches at 100,000 hubs
    /// above their latency target (bench/RESULTS.md).
    /// </summary>
    public const int RankedCandidates = 500;

    private const int FewResults = 3;

    public async Task<SearchResponse> SearchAsync(string text, SearchQuery query, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken, bool typoTolerant = true)
    {
        await using var session = await SearchSession.OpenAsync(db, prepared, cancellationToken);
        return await SearchAsync(session, text, query, user, page, pageSize, typoTolerant, cancellationToken);
    }

    private async Task<SearchResponse> SearchAsync(SearchSession session, string text, SearchQuery query, ClaimsPrincipal user, int page, int pageSize, bool typoTolerant, CancellationToken cancellationToken)
    {
        var window = await WindowAsync(session, query, user, RankedCandidates + 1, cancellationToken);
        var corrected = false;
        if (typoTolerant && window.Count < FewResults && await CorrectedAsync(query, cancellationToken) is { } correction)
        {
            var correctedWindow = await WindowAsync(session, correction, user, RankedCandidates + 1, cancellationToken);
            if (correctedWindow.Count > window.Count)
            {
                (query, window, corrected) = (correction, correctedWindow, true);
            }
        }

        var capped = window.Count > RankedCandidates;
        var candidates = capped ? window[..RankedCandidates] : window;
        var facets = await FacetsAsync(candidates, cancellationToken);
        var adjacentWords = SearchRanking.AdjacentWords(query);
        var bodies = await BodiesForAdjacencyAsync(session, adjacentWords, candidates, cancellationToken);
        var ranked = candidates
            .Select(c => (Candidate: c, Score: SearchRanking.Score(query, adjacentWords, c.TitleTerms, bodies?.GetValueOrDefault(c.Id), c.Verified)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Candidate.UpdatedAt).ThenBy(r => r.Candidate.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Candidate).ToList();

        // The page's documents with their hubs, in one query.
        var rows = (await session.ReadAsync(SearchSql.Page([.. ranked.Select(r => r.Id)], db.Database.IsNpgsql()), SearchRows.PageRow, cancellationToken))
            .ToDictionary(d => d.Id);

        var words = query.PositiveWords.ToHashSet();
        var prefixes = query.Include.OfType<WordTerm>().Where(w => w.Prefix).Select(w => w.Word).ToList();
        var items = ranked.Where(r => rows.ContainsKey(r.Id)).Select(r =>
        {
            var row = rows[r.Id];
            var source = row.Body.Length > 0 ? row.Body : row.Title;
            return new SearchHitResponse(
                r.Kind, r.SourceId, row.Title.Length > 0 ? row.Title : row.SectionTitle,
                SearchHighlighter.Snippet(source, words, prefixes), new SearchHubRef(row.HubSlug, row.HubTitle, row.OwnerHandle),
                row.SectionTitle, r.Verified, DateTimeOffset.FromUnixTimeMilliseconds(r.UpdatedAt));
        }).ToList();
        return new SearchResponse(text, items, page, pageSize, candidates.Count, facets, corrected, capped);
    }

    /// <summary>
    /// The newest readable matches, newest first, with their titles' words and tags (a search asks for one more than it
    /// ranks, so that a capped total is known to be one): one query on SQLite, where FTS5 yields matches newest first
    /// and stops at the limit; on PostgreSQL a query per span of id blocks, newest first (<see cref="NewestBlocksFirst"/>).
    /// </summary>
    private async Task<List<SearchCandidate>> WindowAsync(SearchSession session, SearchQuery query, ClaimsPrincipal user, int wanted, CancellationToken cancellationToken)
    {
        if (await FilterAsync(session, query, user, cancellationToken) is not { } filter)
        {
            return [];
        }

        var postgres = db.Database.IsNpgsql();
        if (!postgres || (query.Include.Count == 0 && filter.Tags.Count == 0))
        {
            return await session.ReadAsync(SearchSql.Window(query, filter, postgres, null, wanted), SearchRows.Candidate, cancellationToken);
        }

        // The sequence, not MAX(id): planning MAX over every partition costs a millisecond. Ids it handed out to writes
        // not yet committed (or rolled back) only make the first span start a little above the newest document.
        var newest = (await session.ReadAsync(new("SELECT last_value FROM search_documents_id_seq", []), r => r.GetInt64(0), cancellationToken))[0];
        return await NewestBlocksFirst.CollectAsync(newest, SearchSql.FineBlock, SearchSql.CoarseBlock, wanted, (span, below, limit) =>
        {
            // Fine blocks are named, since one partition holds 32 of them; the id bounds prune partitions.
            var blocks = span is not { Size: SearchSql.FineBlock } ? null
                : Enumerable.Range(0, (int)(span.To - span.From + 1)).Select(i => SearchSql.FineBlockTag(span.To - i)).ToList();
            var bounds = new WindowBounds(below, span is null ? 0 : span.From * span.Size, blocks);
            return session.ReadAsync(SearchSql.Window(query, filter, postgres, bounds, limit), SearchRows.Candidate, cancellationToken);
        });
    }

    /// <summary>
    /// The body words of the candidates, only when the ranking's adjacency bonus needs them (two or more words typed):
    /// every other rule is decided by the title, since a matched word that is not in the title is in the body.
    /// </summary>
    private async Task<Dictionary<long, string>?> BodiesForAdjacencyAsync(SearchSession session, IReadOnlyList<string> adjacentWords, List<SearchCandidate> candidates, CancellationToken cancellationToken)
    {
        if (adjacentWords.Count < 2 || candidates.Count == 0)
        {
            return null;
        }

        var bodies = await session.ReadAsync(SearchSql.Bodies([.. candidates.Select(c => c.Id)], db.Database.IsNpgsql()),
            r => (Id: r.GetInt64(0), BodyTerms: r.GetString(1)), cancellationToken);
        return bodies.ToDictionary(b => b.Id, b => b.BodyTerms);
    }

    /// <summary>The ids of the newest readable challenges a query matches (the challenge catalogue's <c>q</c>).</summary>
    public async Task<List<long>> ChallengeIdsAsync(SearchQuery query, ClaimsPrincipal user, int limit, CancellationToken cancellationToken)
    {
        await using var session = await SearchSession.OpenAsync(db, prepared, cancellationToken);
        var window = await WindowAsync(session, query with { Filters = query.Filters with { Types = ["challenge"] } }, user, limit, cancellationToken);
        return [.. window.Select(c => c.SourceId)];
    }

    /// <summary>The query's filters as tag groups, and the hubs the caller may read; null when a filter names nothing that exists.</summary>
    private async Task<SearchFilter?> FilterAsync(SearchSession session, SearchQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Filters become tag tokens (slugs and handles become ids first; an old slug of a merged entry names the
        // surviving one), which the full-text index intersects with the words.
        var filters = query.Filters;
        var tags = new List<IReadOnlyList<string>>();
        foreach (var (kind, slug) in filters.Technologies.Select(t => (TopicKind.Technology, t)).Concat(filters.Concepts.Select(c => (TopicKind.Concept, c))))
        {
            if ((await session.ReadAsync(SearchSql.Entry(kind.ToString(), slug), r => r.GetInt64(0), cancellationToken)) is not [var entryId])
            {
                return null;
            }

            tags.Add([SearchTags.Entry(entryId)]);
        }

        if (filters.Types.Count > 0)
        {
            tags.Add([.. filters.Types.Select(SearchTags.Kind)]);
        }

        if (filters.Track is { } trackName && TrackNames.TryParse(trackName, out var track))
        {
            tags.Add([SearchTags.Track(track)]);
        }

        if (filters.Author is { } author)
        {
            if ((await session.ReadAsync(SearchSql.Author(author), r => r.GetGuid(0), cancellationToken)) is not [var owner])
            {
                return null;
            }

            tags.Add([SearchTags.Owner(owner)]);
        }

        string? ownerCohort = null;
        if (filters.Cohort is { } cohort)
        {
            if (SearchTags.Cohort(cohort) is { } cohortTag)
            {
                tags.Add([cohortTag]);
            }
            else
            {
                ownerCohort = cohort;
            }
        }

        return new SearchFilter(tags, HubAccessPolicy.CallerOf(user), ownerCohort);
    }

    /// <summary>Facet counts over the candidates, read from their tags; technology slugs come from <see cref="CatalogueSlugCache"/>.</summary>
    private async Task<SearchFacets> FacetsAsync(List<SearchCandidate> candidates, CancellationToken cancellationToken)
    {
        var facets = SearchFacetCounter.Count(candidates, await catalogue.GetAsync(db, refresh: false, cancellationToken), out var unknownEntries);
        return unknownEntries
            ? SearchFacetCounter.Count(candidates, await catalogue.GetAsync(db, refresh: true, cancellationToken), out _)
            : facets;
    }

    /// <summary>
    /// The query with each word the index does not know replaced by the known words closest to it (trigram
    /// candidates from the database, then the same edit-distance rule in C# on both providers); null if nothing changed.
    /// </summary>
    private async Task<SearchQuery?> CorrectedAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var words = query.Include.OfType<WordTerm>().Where(w => !w.Prefix && w.Word.Length >= 4 && !w.Word.All(char.IsDigit))
            .Select(w => w.Word).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var known = await db.Database.SqlQuery<string>($"SELECT term AS \"Value\" FROM search_terms")
            .Where(t => words.Contains(t)).ToListAsync(cancellationToken);
        var replacements = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var word in words.Except(known))
        {
            var candidates = await CandidatesAsync(word, cancellationToken);
            var limit = word.Length <= 5 ? 1 : 2;
            var best = candidates.Select(c => (Term: c, Distance: EditDistance.Osa(word, c)))
                .Where(c => c.Distance <= limit).OrderBy(c => c.Distance).ThenBy(c => c.Term, StringComparer.Ordinal)
                .Take(3).Select(c => c.Term).ToList();
            if (best.Count > 0)
            {
                replacements[word] = best;
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var include = query.Include.Select(t => t is WordTerm { Prefix: false } w && replacements.TryGetValue(w.Word, out var alternatives)
            ? new AnyWordTerm(alternatives) : t).ToList();
        return query with { Include = include };
    }

    private async Task<List<string>> CandidatesAsync(string word, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            var trigrams = SearchSql.Trigrams(word);
            return await db.Database.SqlQuery<string>($"""
                SELECT term AS "Value" FROM search_terms WHERE id IN (
                    SELECT rowid FROM search_term_trigrams WHERE search_term_trigrams MATCH {trigrams} ORDER BY rank LIMIT 200)
                """).ToListAsync(cancellationToken);
        }

        // pg_trgm's default threshold (0.3) misses transpositions such as djnago/django (0.27); lower it for this query only.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SET LOCAL pg_trgm.similarity_threshold = 0.2", cancellationToken);
        var terms = await db.Database.SqlQuery<string>($"""
            SELECT term AS "Value" FROM search_terms WHERE term % {word} ORDER BY similarity(term, {word}) DESC, term LIMIT 200
            """).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return terms;
    }
}
