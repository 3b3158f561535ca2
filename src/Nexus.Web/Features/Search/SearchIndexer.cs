using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Writes a hub's search documents. <see cref="HubStore.SaveRevisionAsync"/> calls it inside the hub's own
/// transaction, so the index never disagrees with committed content; deletes cascade from hubs in the database.
/// Done in C# rather than in triggers because a document is made from several tables, Markdown is flattened and
/// words are normalized by <see cref="SearchText"/> — one implementation for both providers instead of two
/// dialects of triggers. Three statements per hub whatever its size: documents and words travel as one JSON value.
/// </summary>
public sealed class SearchIndexer(NexusDbContext db)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task IndexAsync(Hub hub, CancellationToken cancellationToken)
    {
        var documents = SearchDocuments.Of(hub);
        var words = Vocabulary(documents).Order(StringComparer.Ordinal).ToList();
        var documentsJson = JsonSerializer.Serialize(documents, Json);
        var wordsJson = JsonSerializer.Serialize(words);
        var updatedAt = hub.UpdatedAt.ToUnixTimeMilliseconds();

        await db.Database.ExecuteSqlAsync($"DELETE FROM search_documents WHERE hub_id = {hub.Id}", cancellationToken);
        var postgres = db.Database.IsNpgsql();
        // The documents' tags are read from the tables this transaction has just written (see SearchTags).
        var rows = postgres
            ? """
              SELECT {0}::bigint AS hub_id, x.kind, x.source_id, x.section_title, x.title, x.body, x.title_terms, x.body_terms
              FROM jsonb_to_recordset({1}::jsonb)
                AS x(kind text, source_id bigint, section_title text, title text, body text, title_terms text, body_terms text)
              """
            : """
              SELECT {0} AS hub_id, j.value ->> 'kind' AS kind, j.value ->> 'source_id' AS source_id,
                     j.value ->> 'section_title' AS section_title, j.value ->> 'title' AS title, j.value ->> 'body' AS body,
                     j.value ->> 'title_terms' AS title_terms, j.value ->> 'body_terms' AS body_terms
              FROM json_each({1}) AS j
              """;
        var copied = SearchTags.Columns(postgres, "r.hub_id", "r.kind", "r.source_id");
        var insert = $$"""
            INSERT INTO search_documents (hub_id, kind, source_id, section_title, title, body, title_terms, body_terms, updated_at,
                                          {{string.Join(", ", copied.Select(c => c.Column))}})
            SELECT r.hub_id, r.kind, r.source_id, r.section_title, r.title, r.body, r.title_terms, r.body_terms, {2},
                   {{string.Join(",\n", copied.Select(c => c.Sql))}}
            FROM ({{rows}}) AS r
            """;
        await db.Database.ExecuteSqlRawAsync(insert, [hub.Id, documentsJson, updatedAt], cancellationToken);
        await db.Database.ExecuteSqlAsync(postgres
            ? (FormattableString)$"INSERT INTO search_terms (term) SELECT jsonb_array_elements_text({wordsJson}::jsonb) ON CONFLICT (term) DO NOTHING"
            : $"INSERT INTO search_terms (term) SELECT value FROM json_each({wordsJson}) WHERE true ON CONFLICT (term) DO NOTHING",
            cancellationToken);
    }

    /// <summary>
    /// Re-computes what these hubs' documents copy from the live tables (<see cref="SearchTags.Columns"/>), in the
    /// caller's transaction: for writes that change it without changing a hub's content (catalogue merges, cohort
    /// moves, verifications).
    /// </summary>
    public async Task RetagAsync(IReadOnlyCollection<long> hubIds, CancellationToken cancellationToken)
    {
        if (hubIds.Count == 0)
        {
            return;
        }

        var postgres = db.Database.IsNpgsql();
        var ids = JsonSerializer.Serialize(hubIds);
        var idList = postgres ? "SELECT jsonb_array_elements_text({0}::jsonb)::bigint" : "SELECT value FROM json_each({0})";
        var update = $"""
            UPDATE search_documents AS d SET {SearchTags.Assignments(postgres)}
            WHERE d.hub_id IN ({idList})
            """;
        await db.Database.ExecuteSqlRawAsync(update, [ids], cancellationToken);
    }

    /// <summary>Re-creates the whole index from the hubs (the disaster command), in one transaction.</summary>
    public async Task<(int Hubs, int Documents)> RebuildAsync(HubStore store, CancellationToken cancellationToken)
    {
        // New ids follow the old ones: their partitions are made first, outside the long transaction (SearchPartitions).
        var existing = await db.Database.SqlQuery<long>($"SELECT COUNT(*) AS \"Value\" FROM search_documents").SingleAsync(cancellationToken);
        await SearchPartitions.AddAsync(db, existing + SearchPartitions.Headroom, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM search_documents", cancellationToken);
        await db.Database.ExecuteSqlAsync($"DELETE FROM search_terms", cancellationToken);
        // Oldest first: document ids then grow with recency, as they do when hubs are written one by one (search relies on it).
        var slugs = await db.Hubs.AsNoTracking().OrderBy(h => h.UpdatedAt).ThenBy(h => h.Id).Select(h => h.Slug).ToListAsync(cancellationToken);
        foreach (var slug in slugs)
        {
            var hub = await store.LoadAsync(slug, forUpdate: false, cancellationToken);
            if (hub is not null)
            {
                await IndexAsync(hub, cancellationToken);
            }
        }

        var documents = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM search_documents").SingleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (slugs.Count, documents);
    }

    /// <summary>The distinct words of documents that typo tolerance may correct a query word to.</summary>
    public static IEnumerable<string> Vocabulary(IEnumerable<SearchDocument> documents) =>
        documents.SelectMany(d => d.TitleTerms.Split(' ').Concat(d.BodyTerms.Split(' '))).Where(IsVocabularyWord).Distinct();

    // Typo tolerance corrects words, not numbers or one- and two-letter fragments.
    private static bool IsVocabularyWord(string word) => word.Length is >= 3 and <= 40 && !word.All(char.IsDigit);
}

/// <summary>What one search document holds, before it is stored.</summary>
public sealed record SearchDocument(
    string Kind,
    long SourceId,
    string SectionTitle,
    string Title,
    string Body,
    string TitleTerms,
    string BodyTerms);

/// <summary>Cuts a hub into its search documents.</summary>
public static class SearchDocuments
{
    public static List<SearchDocument> Of(Hub hub)
    {
        var documents = new List<SearchDocument>
        {
            Make("hub", hub.Id, "", hub.Title, string.Join("\n", [hub.Summary, .. hub.Topics.OrderBy(t => t.Position).Select(t => t.Note)])),
        };
        documents.AddRange(hub.Sections.OrderBy(s => s.Position).Select(s => Make("section", s.Id, s.Title, s.Title, PlainText(s.Markdown))));
        documents.AddRange(hub.Challenges.OrderBy(c => c.Position).Select(c =>
            Make("challenge", c.Id, "Challenges", c.Title, string.Join("\n", PlainText(c.Problem), PlainText(c.Solution), PlainText(c.Result)))));
        documents.AddRange(hub.Takeaways.OrderBy(t => t.Position).Select(t => Make("takeaway", t.Id, "Takeaways", "", PlainText(t.Text))));
        documents.AddRange(hub.Snippets.OrderBy(s => s.Position).Select(s =>
            Make("snippet", s.Id, "Snippets", s.Title, string.Join("\n", PlainText(s.Description), s.Code))));
        return documents;
    }

    private static SearchDocument Make(string kind, long sourceId, string sectionTitle, string title, string body) =>
        new(kind, sourceId, sectionTitle, title, body, SearchText.Terms(title), SearchText.Terms(body));

    private static string PlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown).Trim();
}
