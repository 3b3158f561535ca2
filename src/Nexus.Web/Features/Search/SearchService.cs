using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Runs a parsed query: the provider matches documents, <see cref="HubAccessPolicy.ReadableBy"/> and the filters
/// are composed onto that match in the same SQL (so totals and facets only ever count readable documents), and
/// <see cref="SearchRanking"/> orders the candidates identically on both providers.
/// </summary>
public sealed class SearchService(NexusDbContext db)
{
    /// <summary>How many of the newest matches are ranked; pages beyond them are not served.</summary>
    public const int RankedCandidates = 1000;

    private const int FewResults = 3;

    public async Task<SearchResponse> SearchAsync(string text, SearchQuery query, ClaimsPrincipal user, int page, int pageSize, CancellationToken cancellationToken, bool typoTolerant = true)
    {
        var matches = Filtered(query, user);
        var total = await matches.CountAsync(cancellationToken);
        var corrected = false;
        if (typoTolerant && total < FewResults && await CorrectedAsync(query, cancellationToken) is { } correction)
        {
            var correctedMatches = Filtered(correction, user);
            var correctedTotal = await correctedMatches.CountAsync(cancellationToken);
            if (correctedTotal > total)
            {
                (query, matches, total, corrected) = (correction, correctedMatches, correctedTotal, true);
            }
        }

        var facets = await FacetsAsync(matches, cancellationToken);
        var candidates = await matches
            .OrderByDescending(m => m.UpdatedAt).ThenBy(m => m.Id).Take(RankedCandidates)
            .Select(m => new
            {
                m.Id, m.HubId, m.Kind, m.SourceId, m.TitleTerms, m.BodyTerms, m.UpdatedAt,
                Verified = m.Kind == "challenge" && db.Challenges.Any(c => c.Id == m.SourceId && c.VerifiedById != null),
            })
            .ToListAsync(cancellationToken);
        var ranked = candidates
            .Select(c => (Candidate: c, Score: SearchRanking.Score(query, c.TitleTerms, c.BodyTerms, c.Verified)))
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Candidate.UpdatedAt).ThenBy(r => r.Candidate.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.Candidate).ToList();

        var ids = ranked.Select(r => r.Id).ToList();
        var hubIds = ranked.Select(r => r.HubId).Distinct().ToList();
        var rows = await db.Database.SqlQuery<SearchDocumentRow>(
                $"SELECT id AS \"Id\", section_title AS \"SectionTitle\", title AS \"Title\", body AS \"Body\" FROM search_documents")
            .Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var hubs = await db.Hubs.AsNoTracking().Where(h => hubIds.Contains(h.Id))
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
        return new SearchResponse(text, items, page, pageSize, total, facets, corrected);
    }

    /// <summary>The ids of the newest readable challenges a query matches (the challenge catalogue's <c>q</c>).</summary>
    public Task<List<long>> ChallengeIdsAsync(SearchQuery query, ClaimsPrincipal user, int limit, CancellationToken cancellationToken) =>
        Filtered(query with { Filters = query.Filters with { Types = ["challenge"] } }, user)
            .OrderByDescending(m => m.UpdatedAt).ThenBy(m => m.Id).Select(m => m.SourceId).Take(limit).ToListAsync(cancellationToken);

    private IQueryable<SearchMatch> Filtered(SearchQuery query, ClaimsPrincipal user)
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

        foreach (var concept in filters.Concepts)
        {
            hubs = hubs.Where(h => h.Topics.Any(t => t.Entry.Kind == TopicKind.Concept && t.Entry.Slug == concept));
        }

        matches = matches.Where(m => hubs.Any(h => h.Id == m.HubId));
        if (filters.Types.Count > 0)
        {
            var types = filters.Types.ToList();
            matches = matches.Where(m => types.Contains(m.Kind));
        }

        foreach (var technology in filters.Technologies)
        {
            // A document is about a technology its hub lists, or (for a challenge) one the challenge is linked to.
            matches = matches.Where(m =>
                db.HubTopics.Any(t => t.HubId == m.HubId && t.Entry.Kind == TopicKind.Technology && t.Entry.Slug == technology)
                || (m.Kind == "challenge" && db.Set<ChallengeTechnology>().Any(c => c.ChallengeId == m.SourceId && c.Entry.Slug == technology)));
        }

        return matches;
    }

    private async Task<SearchFacets> FacetsAsync(IQueryable<SearchMatch> matches, CancellationToken cancellationToken)
    {
        var types = await matches.GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var owners = matches.Join(db.Hubs, m => m.HubId, h => h.Id, (m, h) => new { h.Owner.Track, h.Owner.Cohort });
        var tracks = await owners.GroupBy(o => o.Track).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var cohorts = await owners.GroupBy(o => o.Cohort).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var fromHubs = matches.Join(db.HubTopics, m => m.HubId, t => t.HubId, (m, t) => new { m.Id, t.EntryId });
        var fromChallenges = matches.Where(m => m.Kind == "challenge")
            .Join(db.Set<ChallengeTechnology>(), m => m.SourceId, c => c.ChallengeId, (m, c) => new { m.Id, c.EntryId });
        var technologies = await fromHubs.Union(fromChallenges)
            .Join(db.CatalogueEntries.Where(e => e.Kind == TopicKind.Technology), x => x.EntryId, e => e.Id, (x, e) => e.Slug)
            .GroupBy(slug => slug).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(20).ToListAsync(cancellationToken);

        static List<FacetCount> Sorted(IEnumerable<FacetCount> counts) =>
            [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal)];

        return new SearchFacets(
            Sorted(types.Select(t => new FacetCount(t.Key, t.Count))),
            Sorted(technologies.Select(t => new FacetCount(t.Key, t.Count))),
            Sorted(tracks.Select(t => new FacetCount(t.Key.ToWire(), t.Count))),
            Sorted(cohorts.Select(t => new FacetCount(t.Key, t.Count))));
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
