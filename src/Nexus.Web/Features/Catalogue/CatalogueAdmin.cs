using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Catalogue;

/// <summary>Editing catalogue entries, for the REST API and the admin pages (callers allow admins only).</summary>
public sealed class CatalogueAdmin(NexusDbContext db, HubChangeFeed changes)
{
    public Task<CatalogueEntry?> FindAsync(TopicKind kind, string slug, CancellationToken cancellationToken) =>
        db.CatalogueEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);

    /// <summary>Renames an entry, changes its category or aliases; hubs showing it get new versions.</summary>
    public async Task<Outcome<CatalogueEntryResponse>> UpdateAsync(TopicKind kind, string slug, CatalogueEntryWrite body, CancellationToken cancellationToken)
    {
        var errors = Validate(body, requireSlug: false);
        if (errors.Any)
        {
            return new Outcome<CatalogueEntryResponse>.Invalid(errors);
        }

        var entry = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        if (entry is null)
        {
            return new Outcome<CatalogueEntryResponse>.NotFound($"No {kind.ToString().ToLowerInvariant()} '{slug}'.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Apply(entry, body);
        await db.SaveChangesAsync(cancellationToken);
        // Hubs show the entry's name: bump their versions so ETags and caches move on.
        await db.Hubs.Where(h => h.Topics.Any(t => t.EntryId == entry.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.Version, h => h.Version + 1), cancellationToken);
        await changes.PublishAsync(db, HubChangeFeed.Everything, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        changes.Committed(HubChangeFeed.Everything);
        return new Outcome<CatalogueEntryResponse>.Done(ToResponse(entry));
    }

    public static ValidationErrors Validate(CatalogueEntryWrite body, bool requireSlug)
    {
        var errors = new ValidationErrors();
        if (requireSlug)
        {
            errors.Slug("slug", body.Slug, 64);
        }

        errors.Required("name", body.Name?.Trim(), 100);
        errors.Required("category", body.Category?.Trim(), 50);
        errors.Count("aliases", body.Aliases, 30);
        for (var i = 0; i < (body.Aliases?.Count ?? 0); i++)
        {
            errors.Required($"aliases[{i}]", body.Aliases![i]?.Trim(), 100);
        }

        return errors;
    }

    public static void Apply(CatalogueEntry entry, CatalogueEntryWrite body)
    {
        entry.Name = body.Name!.Trim();
        entry.Category = body.Category!.Trim().ToLowerInvariant();
        entry.Aliases = [.. (body.Aliases ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static CatalogueEntryResponse ToResponse(CatalogueEntry entry) => new(entry.Slug, entry.Name, entry.Category, entry.Aliases);
}
