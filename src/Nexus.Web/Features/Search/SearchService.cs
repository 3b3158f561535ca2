using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.ReferenceGuide;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Runs a parsed query: the provider matches documents, <see cref="HubAccessPolicy.ReadableBy"/> and the filters
/// are composed onto that match in the same SQL (so totals and facets only ever count readable documents), and
/// <see cref="SearchRanking"/> orders the candidates identically on both providers.
/// Work per query is bounded whatever the corpus size: one query takes the <see cref="RankedCandidates"/> most
/// recently indexed readable matches (document ids grow with every write, as a write re-indexes its hub, so the
/// index itself — FTS5 rowid order, the primary key on PostgreSQL — yields them newest first and stops early).
/// Totals and facets are exact up to that many matches; beyond it the total says it is a lower bound.
/// </summary>
public sealed class SearchService(NexusDbContext db)
{
    /// <summary>How many of the newest matches are counted, faceted and ranked; pages beyond them are not served.</summary>
    public const int RankedCandidates = 1000;

    private const int FewResults = 3;

    public async Task<SearchResponse> SearchAsync(string text, SearchQuery query, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken, bool typoTolerant = true)
    {
        var window = await WindowAsync(query, user, cancellationToken);
        var corrected = false;
        if (typoTolerant && window.Count < FewResults && await CorrectedAsync(query, cancellationToken) is { } correction)
        {
            var correctedWindow = await WindowAsync(correction, user, cancellationToken);
            if (correctedWindow.Count > window.Count)
            {
                (query, window, corrected) = (correction, correctedWindow, true);
            }
        }

        var capped = window.Count > RankedCandidates;
        var candidates = window.OrderByDescending(c => c.Id).Take(RankedCandidates).ToList();
        var facets = await FacetsAsync(candidates, cancellationToken);
        var ranked = candidates
            .Select(c => (Candidate: c, Score: SearchRanking.Score(query, c.TitleTerms, c.BodyTerms, c.Verified)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Candidate.UpdatedAt).ThenBy(r => r.Candidate.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Candidate).ToList();

        var pageIds = ranked.Select(r => r.Id).ToList();
        var hubIds = ranked.Select(r => r.HubId).Distinct().ToList();
        var rows = await db.Database.SqlQuery<SearchDocumentRow>(
                $"SELECT id AS \"Id\", section_title AS \"SectionTitle\", title AS \"Title\", body AS \"Body\" FROM search_documents")
            .Where(d => EF.Parameter(pageIds).Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var hubs = await db.Hubs.AsNoTracking().Where(h => EF.Parameter(hubIds).Contains(h.Id))
            .Select(h => new { h.Id, h.Slug, h.Title, h.Owner.Handle }).ToDictionaryAsync(h => h.Id, cancellationToken);

        var words = query.PositiveWords.ToHashSet();
        var prefixes = query.Include.OfType<WordTerm>().Where(w => w.Prefix).Select(w => w.Word).ToList();
        var items = ranked.Where(r => rows.ContainsKey(r.Id) && hubs.ContainsKey(r.HubId)).Select(r =>
        {
            var row = rows[r.Id];
            var hub = hubs[r.HubId];
            var source = row.Body.Length > 0 ? row.Body : row.Title;
            return new SearchHitResponse(
                r.Kind, r.SourceId, row.Title.Length > 0 ? row.Title : row.SectionTitle,
                SearchHighlighter.Snippet(source, words, prefixes), new SearchHubRef(hub.Slug, hub.Title, hub.Handle),
                row.SectionTitle, r.Verified, DateTimeOffset.FromUnixTimeMilliseconds(r.UpdatedAt));
        }).ToList();
        return new SearchResponse(text, items, page, pageSize, candidates.Count, facets, corrected, capped);
    }

    /// <summary>
    /// The newest readable matches with their word lists, one more than are ranked (so that a capped total is known
    /// to be one): a single query, so that ranking and facets need no list of a thousand ids sent back.
    /// </summary>
    private async Task<List<SearchCandidate>> WindowAsync(SearchQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var matches = await FilteredAsync(query, user, cancellationToken);
        if (matches is null)
        {
            return [];
        }

        return await matches
            .OrderByDescending(m => m.Id).Take(RankedCandidates + 1)
            .Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => new SearchCandidate(
                m.Id, m.HubId, m.Kind, m.SourceId, m.UpdatedAt, m.TitleTerms, m.BodyTerms, h.Owner.Track, h.Owner.Cohort,
                m.Kind == "challenge" && db.Challenges.Any(c => c.Id == m.SourceId && c.VerifiedById != null)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ids of the newest readable challenges a query matches (the challenge catalogue's <c>q</c>).</summary>
    public async Task<List<long>> ChallengeIdsAsync(SearchQuery query, ClaimsPrincipal user, int limit, CancellationToken cancellationToken) =>
        await FilteredAsync(query with { Filters = query.Filters with { Types = ["challenge"] } }, user, cancellationToken) is { } matches
            ? await matches.OrderByDescending(m => m.Id).Select(m => m.SourceId).Take(limit).ToListAsync(cancellationToken)
            : [];

    /// <summary>The readable documents matching the query and its filters; null when a filter names no catalogue entry.</summary>
    private async Task<IQueryable<SearchMatch>?> FilteredAsync(SearchQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (sql, parameters) = SearchSql.Matches(query, db.Database.IsNpgsql());
        var matches = db.Database.SqlQueryRaw<SearchMatch>(sql, parameters);

        // The visibility rule is HubAccessPolicy's own expression, applied in SQL before anything is counted.
        var hubs = db.Hubs.Where(HubAccessPolicy.ReadableBy(user));
        var filters = query.Filters;
        if (filters.Cohort is { } cohort)
        {
            hubs = hubs.Where(h => h.Owner.Cohort.ToLower() == cohort);
        }

        if (filters.Track is { } trackName && TrackNames.TryParse(trackName, out var track))
        {
            hubs = hubs.Where(h => h.Owner.Track == track);
        }

        if (filters.Author is { } author)
        {
            hubs = hubs.Where(h => h.Owner.Handle.ToLower() == author);
        }

        // Filter slugs become entry ids first (an old slug of a merged entry names the surviving one), so each
        // document is checked with one probe of the (hub_id, entry_id) index rather than a join per document.
        foreach (var concept in filters.Concepts)
        {
            if (await EntryIdAsync(TopicKind.Concept, concept, cancellationToken) is not { } conceptId)
            {
                return null;
            }

            hubs = hubs.Where(h => db.HubTopics.Any(t => t.HubId == h.Id && t.EntryId == conceptId));
        }

        matches = matches.Where(m => hubs.Any(h => h.Id == m.HubId));
        if (filters.Types.Count > 0)
        {
            var types = filters.Types.ToList();
            matches = matches.Where(m => types.Contains(m.Kind));
        }

        foreach (var technology in filters.Technologies)
        {
            if (await EntryIdAsync(TopicKind.Technology, technology, cancellationToken) is not { } technologyId)
            {
                return null;
            }

            // A document is about a technology its hub lists, or (for a challenge) one the challenge is linked to. The
            // uncorrelated IN lets the database build each set once per query instead of probing indexes per document.
            var hubsListing = db.HubTopics.Where(t => t.EntryId == technologyId).Select(t => t.HubId);
            var linkedChallenges = db.Set<ChallengeTechnology>().Where(c => c.EntryId == technologyId).Select(c => c.ChallengeId);
            matches = matches.Where(m => hubsListing.Contains(m.HubId) || (m.Kind == "challenge" && linkedChallenges.Contains(m.SourceId)));
        }

        return matches;
    }

    private async Task<long?> EntryIdAsync(TopicKind kind, string slug, CancellationToken cancellationToken) =>
        await db.CatalogueEntries.Where(e => e.Kind == kind && e.Slug == slug).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Set<CatalogueRedirect>().Where(r => r.Kind == kind && r.Slug == slug).Select(r => (long?)r.EntryId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Facet counts over the candidates: types, tracks and cohorts are already in hand; technologies take two lookups.</summary>
    private async Task<SearchFacets> FacetsAsync(List<SearchCandidate> candidates, CancellationToken cancellationToken)
    {
        var hubIds = candidates.Select(c => c.HubId).Distinct().ToList();
        var challengeIds = candidates.Where(c => c.Kind == "challenge").Select(c => c.SourceId).ToList();
        var fromHubs = (await db.HubTopics.Where(t => EF.Parameter(hubIds).Contains(t.HubId) && t.Entry.Kind == TopicKind.Technology)
                .Select(t => new { t.HubId, t.Entry.Slug }).ToListAsync(cancellationToken))
            .ToLookup(t => t.HubId, t => t.Slug);
        var fromChallenges = challengeIds.Count == 0
            ? Enumerable.Empty<(long, string)>().ToLookup(t => t.Item1, t => t.Item2)
            : (await db.Set<ChallengeTechnology>().Where(c => EF.Parameter(challengeIds).Contains(c.ChallengeId) && c.Entry.Kind == TopicKind.Technology)
                .Select(c => new { c.ChallengeId, c.Entry.Slug }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ChallengeId, c => c.Slug);
        var technologies = candidates
            .SelectMany(c => c.Kind == "challenge" ? fromHubs[c.HubId].Union(fromChallenges[c.SourceId]) : fromHubs[c.HubId])
            .CountBy(slug => slug).Select(t => new FacetCount(t.Key, t.Value));

        static List<FacetCount> Counted<T>(IEnumerable<T> values, Func<T, string> name) =>
            Sorted(values.CountBy(name).Select(c => new FacetCount(c.Key, c.Value)));

        static List<FacetCount> Sorted(IEnumerable<FacetCount> counts) =>
            [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];

        return new SearchFacets(
            Counted(candidates, c => c.Kind),
            [.. Sorted(technologies).Take(20)],
            Counted(candidates, c => c.Track.ToWire()),
            Counted(candidates, c => c.Cohort));
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
