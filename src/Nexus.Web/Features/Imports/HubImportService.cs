using Microsoft.EntityFrameworkCore;
using Nexus.Documents;
using Nexus.Web.Features.Accounts;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;
using WebEntry = Nexus.Web.Features.Catalogue.CatalogueEntry;
using WebKind = Nexus.Web.Features.Catalogue.TopicKind;

namespace Nexus.Web.Features.Imports;

/// <summary>An imported document resolved against the catalogue: the write request and the entries it proposes.</summary>
public sealed record ImportPlan(HubWriteRequest Request, IReadOnlyList<ProposedEntry> Proposals, IReadOnlyDictionary<string, string> Names);

/// <summary>Turns READMEs into hubs through the same validation and write path as the hub API.</summary>
public sealed class HubImportService(NexusDbContext db, HubValidator validator, HubStore store, TimeProvider clock)
{
    public const string ProposedCategory = "proposed";
    private const string Savepoint = "import_file";

    public async Task<Nexus.Documents.Catalogue> LoadCatalogueAsync(CancellationToken cancellationToken)
    {
        var entries = await db.CatalogueEntries.AsNoTracking().ToListAsync(cancellationToken);
        return new Nexus.Documents.Catalogue(entries.Select(e => new Nexus.Documents.CatalogueEntry(
            e.Slug, e.Name, e.Aliases, e.Category, e.Kind == WebKind.Technology ? Nexus.Documents.TopicKind.Technology : Nexus.Documents.TopicKind.Concept)));
    }

    /// <summary>Reads one README and resolves it against the catalogue; nothing is stored.</summary>
    /// <exception cref="DocumentRejectedException">Empty, binary, too large or too deeply nested input.</exception>
    public async Task<(ImportReport Report, ImportPlan Plan)> PlanReadmeAsync(byte[] content, Learner owner, string? visibility, CancellationToken cancellationToken)
    {
        var catalogue = await LoadCatalogueAsync(cancellationToken);
        var imported = ReadmeImporter.Import(content, catalogue);
        return (imported.Report, await PlanAsync(imported.Hub, owner, visibility, catalogue, cancellationToken));
    }

    public Task<ImportPlan> PlanAsync(HubDocument document, Learner owner, string? visibility, Nexus.Documents.Catalogue catalogue, CancellationToken cancellationToken)
    {
        // The catalogue was just read from the database (LoadCatalogueAsync); its entries name every known slug.
        var names = catalogue.Entries.ToDictionary(
            e => Key(e.Kind == Nexus.Documents.TopicKind.Technology ? WebKind.Technology : WebKind.Concept, e.Slug), e => e.Name);
        var proposals = new Dictionary<string, ProposedEntry>();

        string SlugOf(TopicNote topic, WebKind kind) => topic.Slug ?? Propose(topic.Name, kind);

        string Propose(string name, WebKind kind)
        {
            var slug = SlugGenerator.Slugify(name, 64);
            // A name with no letters or digits (an emoji, "C#" → "c" is fine) still needs a stable slug.
            slug = slug.Length == 0
                ? $"entry-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8]}"
                : slug;
            if (!names.ContainsKey(Key(kind, slug)))
            {
                proposals.TryAdd(Key(kind, slug), new ProposedEntry(kind.ToString().ToLowerInvariant(), slug, name.Trim()));
                names[Key(kind, slug)] = name.Trim();
            }

            return slug;
        }

        string TechnologySlugOf(string text) =>
            names.ContainsKey(Key(WebKind.Technology, text)) ? text
            : catalogue.Match(text, Nexus.Documents.TopicKind.Technology)?.Slug ?? Propose(text, WebKind.Technology);

        var title = string.IsNullOrWhiteSpace(document.Title) ? $"{owner.DisplayName}’s learning hub" : document.Title;
        var request = HubDocumentMapper.ToWriteRequest(document with { Title = title }, null, SlugOf, TechnologySlugOf,
            visibility ?? "public", "Imported from a README");
        return Task.FromResult(new ImportPlan(request, [.. proposals.Values], names));
    }

    /// <summary>The hub as it would be created, without storing anything.</summary>
    public async Task<HubResponse> PreviewAsync(ImportPlan plan, Learner owner, CancellationToken cancellationToken)
    {
        var request = plan.Request;
        var slug = await SlugGenerator.UniqueAsync(db, request.Title!, owner.Handle, cancellationToken);
        var now = clock.GetUtcNow();
        TopicResponse Topic(TopicWrite t, WebKind kind) => new(t.Slug!, plan.Names.GetValueOrDefault(Key(kind, t.Slug!), t.Slug!), t.Note ?? "");
        return new HubResponse(
            slug, request.Title!, request.Summary ?? "", request.Visibility!, HubMapper.ToOwner(owner),
            [.. request.Sections!.Select((s, i) => new SectionResponse(s.Kind!, s.Title!, s.Markdown ?? "", i))],
            [.. request.Technologies!.Select(t => Topic(t, WebKind.Technology))],
            [.. request.Concepts!.Select(t => Topic(t, WebKind.Concept))],
            [.. request.Challenges!.Select(c => new ChallengeResponse(0, c.Title!, c.Problem!, c.Solution ?? "", c.Result ?? "", c.Technologies ?? [], null))],
            request.Takeaways!, request.Snippets!, request.Resources!, request.Projects!, request.Author, 0, now, now);
    }

    /// <summary>Adds the proposed catalogue entries and creates the hub, in one transaction (the caller's, if it has one).</summary>
    public async Task<(Hub? Hub, ValidationErrors Errors)> CreateAsync(ImportPlan plan, Learner owner, CancellationToken cancellationToken)
    {
        // Inside a caller's transaction (an archive job), a savepoint undoes just this file if it is invalid.
        var outer = db.Database.CurrentTransaction;
        await using var transaction = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
        }

        var now = clock.GetUtcNow();
        foreach (var proposal in plan.Proposals)
        {
            db.CatalogueEntries.Add(new WebEntry
            {
                Kind = proposal.Kind == "technology" ? WebKind.Technology : WebKind.Concept,
                Slug = proposal.Slug,
                Name = proposal.Name.Length > 100 ? proposal.Name[..100] : proposal.Name,
                Category = ProposedCategory,
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        var (valid, errors) = await validator.ValidateAsync(plan.Request, creating: true, cancellationToken);
        if (valid is null)
        {
            await (transaction?.RollbackAsync(cancellationToken) ?? outer!.RollbackToSavepointAsync(Savepoint, cancellationToken));
            db.ChangeTracker.Clear();
            return (null, errors);
        }

        var slug = await SlugGenerator.UniqueAsync(db, plan.Request.Title!, owner.Handle, cancellationToken);
        if (db.Entry(owner).State == EntityState.Detached)
        {
            db.Users.Attach(owner);
        }

        var hub = new Hub { Slug = slug, OwnerId = owner.Id, Owner = owner, CreatedAt = now };
        HubWriter.Apply(hub, valid, now);
        db.Hubs.Add(hub);
        await store.SaveRevisionAsync(hub, owner.Id, plan.Request.Message!, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            store.AnnounceCommitted();
        }

        return (hub, errors);
    }

    /// <summary>Tells caches and live subscribers about hubs created inside the caller's transaction, after it committed.</summary>
    public void AnnounceCommitted() => store.AnnounceCommitted();

    private static string Key(WebKind kind, string slug) => $"{kind}:{slug}";
}
