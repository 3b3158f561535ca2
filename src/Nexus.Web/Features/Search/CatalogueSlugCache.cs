using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Every catalogue entry's technology slug by id (null for concepts), as the facet count of every search reads it:
/// kept in memory, and read again when a window names an entry the copy does not hold (created since) or after
/// <see cref="Lifetime"/>. An entry's slug never changes in place (a merge moves references to another entry and
/// deletes the old one), so the copy is never wrong about an id it holds.
/// </summary>
public sealed class CatalogueSlugCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private Copy? _copy;

    public async Task<IReadOnlyDictionary<long, string?>> GetAsync(NexusDbContext db, bool refresh, CancellationToken cancellationToken)
    {
        var copy = Volatile.Read(ref _copy);
        if (!refresh && copy is not null && clock.GetUtcNow() < copy.ReadAt + Lifetime)
        {
            return copy.Entries;
        }

        var readAt = clock.GetUtcNow();
        var entries = await db.CatalogueEntries.AsNoTracking()
            .Select(e => new { e.Id, Slug = e.Kind == TopicKind.Technology ? e.Slug : null })
            .ToDictionaryAsync(e => e.Id, e => e.Slug, cancellationToken);
        Volatile.Write(ref _copy, new Copy(entries, readAt));
        return entries;
    }

    private sealed record Copy(IReadOnlyDictionary<long, string?> Entries, DateTimeOffset ReadAt);
}
