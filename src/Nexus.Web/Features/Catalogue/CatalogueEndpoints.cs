using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.Catalogue;

/// <summary>The technology and concept catalogues: everyone reads, admins write. One entry's page is the reference guide's.</summary>
public static class CatalogueEndpoints
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services) => services.AddScoped<CatalogueAdmin>();

    public static RouteGroupBuilder MapCatalogueEndpoints(this RouteGroupBuilder api)
    {
        Map(api, "technologies", TopicKind.Technology);
        Map(api, "concepts", TopicKind.Concept);
        return api;
    }

    private static void Map(RouteGroupBuilder api, string path, TopicKind kind)
    {
        var noun = kind.ToString().ToLowerInvariant();
        var group = api.MapGroup($"/{path}").WithTags("Catalogue");
        group.MapGet("/", (NexusDbContext db, CancellationToken ct, string? q, string? category, int page = 1, int pageSize = 100) =>
            ListAsync(db, kind, q, category, page, pageSize, ct)).AllowAnonymous().WithSummary($"The {noun} catalogue, by name");
        group.MapPost("/", (CatalogueEntryWrite body, NexusDbContext db, TimeProvider clock, CancellationToken ct) =>
            CreateAsync(db, kind, body, clock, ct)).RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy)
            .WithSummary($"Add a {noun} (admins)");
        group.MapPut("/{slug}", async Task<Results<Ok<CatalogueEntryResponse>, ValidationProblem, ProblemHttpResult>> (
                string slug, CatalogueEntryWrite body, CatalogueAdmin admin, CancellationToken ct) =>
            (await admin.UpdateAsync(kind, slug, body, ct)).ToHttpResult()).RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy)
            .WithSummary($"Rename a {noun}, change its category or aliases (admins)");
        group.MapDelete("/{slug}", (string slug, NexusDbContext db, CancellationToken ct) => DeleteAsync(db, kind, slug, ct))
            .RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy).WithSummary($"Remove an unused {noun} (admins)");
    }

    private static async Task<Results<Ok<PagedResponse<CatalogueEntryResponse>>, ValidationProblem>> ListAsync(
        NexusDbContext db, TopicKind kind, string? q, string? category, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("q", q, 100);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = Matching(db, kind, q, category);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Name).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<CatalogueEntryResponse>([.. items.Select(CatalogueAdmin.ToResponse)], page, pageSize, total));
    }

    /// <summary>Entries of one kind whose slug or name contains <paramref name="q"/> (the API list and the UI's pickers).</summary>
    public static IQueryable<CatalogueEntry> Matching(NexusDbContext db, TopicKind kind, string? q, string? category = null)
    {
        var query = db.CatalogueEntries.AsNoTracking().Where(e => e.Kind == kind);
        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(e => e.Category == category.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(e => e.Slug.Contains(term) || e.Name.ToLower().Contains(term));
        }

        return query;
    }

    private static async Task<Results<Created<CatalogueEntryResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        NexusDbContext db, TopicKind kind, CatalogueEntryWrite body, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = CatalogueAdmin.Validate(body, requireSlug: true);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await db.CatalogueEntries.AnyAsync(e => e.Kind == kind && e.Slug == body.Slug, cancellationToken))
        {
            return ApiProblems.Conflict($"'{body.Slug}' exists already.");
        }

        var entry = new CatalogueEntry { Kind = kind, Slug = body.Slug!, CreatedAt = clock.GetUtcNow() };
        CatalogueAdmin.Apply(entry, body);
        db.CatalogueEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        var path = kind == TopicKind.Technology ? "technologies" : "concepts";
        return TypedResults.Created($"/api/v1/{path}/{entry.Slug}", CatalogueAdmin.ToResponse(entry));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        NexusDbContext db, TopicKind kind, string slug, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        if (entry is null)
        {
            return ApiProblems.NotFound($"No {kind.ToString().ToLowerInvariant()} '{slug}'.");
        }

        var uses = await db.HubTopics.CountAsync(t => t.EntryId == entry.Id, cancellationToken)
                   + await db.Set<ChallengeTechnology>().CountAsync(t => t.EntryId == entry.Id, cancellationToken);
        if (uses > 0)
        {
            return ApiProblems.Conflict($"'{slug}' is used {uses} time(s) by hubs and challenges; merge it into another entry instead of deleting it.");
        }

        db.CatalogueEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
