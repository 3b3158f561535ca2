using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Bench;

/// <summary>
/// Loads the search benchmark corpus fast. Nexus itself creates the schema, catalogue and demo cohort (its own
/// migrations and seeding, in-process); then generated learners, hubs with their parts and their search documents and
/// vocabulary go straight into the tables. The documents are made by the application's own
/// <see cref="SearchDocuments"/> and <see cref="SearchIndexer.Vocabulary"/>, so they are exactly what the write path
/// would store. The full-text and trigram indexes are taken down during the load and built once at the end, timed.
/// </summary>
public sealed class SearchSeeder(string provider, string target, int hubCount)
{
    private const int BatchSize = 2000;
    private const int HubsPerLearner = 5;
    private static readonly DateTimeOffset Newest = new(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private long _hub, _section, _topic, _challenge, _takeaway, _snippet, _document, _term;
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    private bool Postgres => provider == "postgres";

    public async Task<int> RunAsync()
    {
        var total = Stopwatch.StartNew();
        var connectionString = await CreateSchemaAsync();
        await using BulkTarget bulk = Postgres
            ? await PostgresBulkTarget.OpenAsync(connectionString)
            : await SqliteBulkTarget.OpenAsync(connectionString);

        var entries = await bulk.QueryAsync("SELECT id, kind, slug, name FROM catalogue_entries ORDER BY id");
        SearchCorpus.Topic Topic(object?[] e) => new(Convert.ToInt64(e[0]), (string)e[2]!, (string)e[3]!);
        var corpus = new SearchCorpus(
            [.. entries.Where(e => (string)e[1]! == "Technology").Select(Topic)],
            [.. entries.Where(e => (string)e[1]! == "Concept").Select(Topic)], seed: 42);
        var mentor = await bulk.QueryAsync(
            "SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id WHERE r.name = 'mentor' ORDER BY u.handle");
        var verifier = mentor[0][0] is Guid g ? g : Guid.Parse((string)mentor[0][0]!);
        await ReadCountersAsync(bulk);

        var dropped = await DropSearchIndexesAsync(bulk);
        await bulk.BeginAsync();
        var load = Stopwatch.StartNew();
        var learners = await WriteLearnersAsync(bulk);
        for (var start = 0; start < hubCount; start += BatchSize)
        {
            await WriteHubsAsync(bulk, corpus, learners, verifier, start, Math.Min(BatchSize, hubCount - start));
            Console.Error.Write($"\r{Math.Min(start + BatchSize, hubCount)}/{hubCount} hubs");
        }

        Console.Error.WriteLine();
        load.Stop();
        var build = Stopwatch.StartNew();
        await BuildSearchIndexesAsync(bulk, dropped);
        build.Stop();
        await bulk.CommitAsync();
        var analyze = Stopwatch.StartNew();
        if (Postgres)
        {
            // Setting every document's tags rewrote each row once: compact the table as a hub-by-hub load would leave it.
            await bulk.ExecuteAsync("VACUUM (FULL, ANALYZE) search_documents");
        }

        await bulk.ExecuteAsync(Postgres ? "VACUUM ANALYZE" : "ANALYZE");
        analyze.Stop();
        if (!Postgres)
        {
            // The load went through the write-ahead log; fold it into the database file as a server would find it.
            await bulk.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }


        var documents = await bulk.ScalarAsync<long>("SELECT COUNT(*) FROM search_documents");
        var terms = await bulk.ScalarAsync<long>("SELECT COUNT(*) FROM search_terms");
        Console.WriteLine($"seeded {hubCount} hubs ({learners.Count} learners, {documents} search documents, {terms} distinct words, " +
                          $"{corpus.SentenceCount} demo sentences recombined) on {provider}");
        Console.WriteLine($"RESULT load_seconds={load.Elapsed.TotalSeconds:F1}");
        Console.WriteLine($"RESULT index_build_seconds={build.Elapsed.TotalSeconds:F1}");
        Console.WriteLine($"RESULT analyze_seconds={analyze.Elapsed.TotalSeconds:F1}");
        Console.WriteLine($"RESULT documents={documents}");
        Console.WriteLine($"RESULT terms={terms}");
        Console.WriteLine($"RESULT total_seconds={total.Elapsed.TotalSeconds:F1}");
        return 0;
    }

    /// <summary>Starts Nexus in-process once so that its migrations and seeding create the schema, catalogue and demo cohort.</summary>
    private async Task<string> CreateSchemaAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration["Database:SeedDemoData"] = "true";
        builder.Configuration["Auth:SigningKey"] = "benchmark-signing-key-0123456789abcdef0123";
        builder.Configuration[Postgres ? "ConnectionStrings:Nexus" : "Database:DataDirectory"] = target;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        await using var app = NexusApplication.Build(builder);
        await app.StartAsync();
        string connectionString;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<NexusDbContext>().Database.GetConnectionString()!;
        }

        await app.StopAsync();
        return connectionString;
    }

    private async Task ReadCountersAsync(BulkTarget bulk)
    {
        async Task<long> Max(BulkTable table) => await bulk.ScalarAsync<long>($"SELECT COALESCE(MAX(id), 0) FROM {table.Name}");
        _hub = await Max(SearchTables.Hubs);
        _section = await Max(SearchTables.Sections);
        _topic = await Max(SearchTables.Topics);
        _challenge = await Max(SearchTables.Challenges);
        _takeaway = await Max(SearchTables.Takeaways);
        _snippet = await Max(SearchTables.Snippets);
        _document = await Max(SearchTables.SearchDocuments);
        _term = await Max(SearchTables.SearchTerms);
        _vocabulary.UnionWith((await bulk.QueryAsync("SELECT term FROM search_terms")).Select(r => (string)r[0]!));
    }

    private async Task<List<(Guid Id, string Handle)>> WriteLearnersAsync(BulkTarget bulk)
    {
        var random = new Random(7);
        var learners = new List<(Guid, string)>();
        var rows = new List<object?[]>();
        for (var i = 0; i < (hubCount + HubsPerLearner - 1) / HubsPerLearner; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes);
            var handle = $"learner{i:D6}";
            var track = (LearnerTrack)(i % 3);
            var cohort = $"{2023 + i % 3}-{i / 3 % 12 + 1:D2}";
            var email = $"{handle}@bench.nexus.local";
            learners.Add((id, handle));
            rows.Add([id, handle, $"Learner {i}", track.ToString(), cohort, Newest, Newest, handle, handle.ToUpperInvariant(), email,
                email.ToUpperInvariant(), true, id.ToString("N"), id.ToString(), false, false, true, 0]);
        }

        await bulk.WriteAsync(SearchTables.Users, rows);
        return learners;
    }

    private async Task WriteHubsAsync(
        BulkTarget bulk, SearchCorpus corpus, List<(Guid Id, string Handle)> learners, Guid verifier, int start, int count)
    {
        // Recency follows the index across two years, so "newest first" and the ranking's tie-breaker see a spread.
        var hubs = new Hub[count];
        Parallel.For(0, count, i =>
        {
            var index = start + i;
            var updatedAt = Newest.AddMinutes(-(double)(hubCount - index) * 1_051_200 / hubCount);
            var visibility = (index % 20) switch { 0 => HubVisibility.Private, < 4 => HubVisibility.Cohort, _ => HubVisibility.Public };
            hubs[i] = corpus.Create(index, updatedAt, visibility);
        });

        var rows = SearchTables.WithIdentity.Append(SearchTables.ChallengeTechnologies)
            .ToDictionary(t => t, _ => new List<object?[]>());
        for (var i = 0; i < count; i++)
        {
            var index = start + i;
            var hub = hubs[i];
            var (owner, handle) = learners[index / HubsPerLearner];
            hub.Id = ++_hub;
            hub.Slug = $"{handle}-hub-{index % HubsPerLearner}";
            rows[SearchTables.Hubs].Add([hub.Id, hub.Slug, owner, hub.Title, hub.Summary, hub.Visibility.ToString(), 1, 1, hub.CreatedAt, hub.UpdatedAt]);
            foreach (var s in hub.Sections)
            {
                s.Id = ++_section;
                rows[SearchTables.Sections].Add([s.Id, hub.Id, s.Kind.ToString(), s.Title, s.Markdown, s.Position]);
            }

            foreach (var t in hub.Topics)
            {
                t.Id = ++_topic;
                rows[SearchTables.Topics].Add([t.Id, hub.Id, t.EntryId, t.Note, t.Position]);
            }

            foreach (var c in hub.Challenges)
            {
                c.Id = ++_challenge;
                var verified = SearchCorpus.Verified(index, c.Position);
                rows[SearchTables.Challenges].Add([c.Id, hub.Id, c.Title, c.Problem, c.Solution, c.Result, c.Position,
                    verified ? verifier : null, verified ? hub.UpdatedAt : null]);
                rows[SearchTables.ChallengeTechnologies].AddRange(c.Technologies.Select(t => new object?[] { c.Id, t.EntryId }));
            }

            foreach (var t in hub.Takeaways)
            {
                t.Id = ++_takeaway;
                rows[SearchTables.Takeaways].Add([t.Id, hub.Id, t.Text, t.Position]);
            }

            foreach (var s in hub.Snippets)
            {
                s.Id = ++_snippet;
                rows[SearchTables.Snippets].Add([s.Id, hub.Id, s.Title, s.Language, s.Code, s.Description, s.Position]);
            }
        }

        var documents = new List<SearchDocument>[count];
        Parallel.For(0, count, i => documents[i] = SearchDocuments.Of(hubs[i]));
        for (var i = 0; i < count; i++)
        {
            var updatedAt = hubs[i].UpdatedAt.ToUnixTimeMilliseconds();
            foreach (var d in documents[i])
            {
                rows[SearchTables.SearchDocuments].Add([++_document, hubs[i].Id, d.Kind, d.SourceId, d.SectionTitle, d.Title, d.Body, d.TitleTerms, d.BodyTerms, updatedAt]);
            }
        }

        if (Postgres)
        {
            // The documents' partitions, as the application's partition maintenance would have made them.
            await bulk.ExecuteAsync($"SELECT search_documents_add_partitions({_document})");
        }

        foreach (var word in SearchIndexer.Vocabulary(documents.SelectMany(d => d)).Where(_vocabulary.Add))
        {
            rows[SearchTables.SearchTerms].Add([++_term, word]);
        }

        foreach (var table in new[]
                 {
                     SearchTables.Hubs, SearchTables.Sections, SearchTables.Topics, SearchTables.Challenges, SearchTables.ChallengeTechnologies,
                     SearchTables.Takeaways, SearchTables.Snippets, SearchTables.SearchDocuments, SearchTables.SearchTerms,
                 })
        {
            await bulk.WriteAsync(table, rows[table]);
        }
    }

    /// <summary>Removes what maintains the search indexes row by row; returns the statements that put it back.</summary>
    private async Task<List<string>> DropSearchIndexesAsync(BulkTarget bulk)
    {
        if (Postgres)
        {
            var indexes = await bulk.QueryAsync(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('ix_search_documents_tsv', 'ix_search_terms_term_trgm')");
            foreach (var index in indexes)
            {
                await bulk.ExecuteAsync($"DROP INDEX {index[0]}");
            }

            return [.. indexes.Select(i => (string)i[1]!)];
        }

        var triggers = await bulk.QueryAsync(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('search_documents_ai', 'search_documents_au', 'search_terms_ai')");
        foreach (var trigger in triggers)
        {
            await bulk.ExecuteAsync($"DROP TRIGGER \"{trigger[0]}\"");
        }

        return [.. triggers.Select(t => (string)t[1]!)];
    }

    /// <summary>The bulk equivalent of indexing every document: one full-text build and one trigram build.</summary>
    private async Task BuildSearchIndexesAsync(BulkTarget bulk, List<string> dropped)
    {
        // The filter tags and hub facts, by the statement the application's own writes use.
        await bulk.ExecuteAsync($"UPDATE search_documents AS d SET {SearchTags.Assignments(Postgres)} WHERE d.tags = ''");
        if (Postgres)
        {
            await bulk.ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'");
            foreach (var statement in dropped)
            {
                await bulk.ExecuteAsync(statement);
            }

            foreach (var table in SearchTables.WithIdentity)
            {
                await bulk.ExecuteAsync($"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), (SELECT MAX(id) FROM {table.Name}))");
            }

            return;
        }

        await bulk.ExecuteAsync("INSERT INTO search_fts(search_fts) VALUES ('rebuild')");
        await bulk.ExecuteAsync("DELETE FROM search_term_trigrams");
        await bulk.ExecuteAsync("INSERT INTO search_term_trigrams(rowid, term) SELECT id, ' ' || term || ' ' FROM search_terms");
        await bulk.ExecuteAsync("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
        await bulk.ExecuteAsync("INSERT INTO search_term_trigrams(search_term_trigrams) VALUES ('optimize')");
        foreach (var statement in dropped)
        {
            await bulk.ExecuteAsync(statement);
        }
    }
}
