using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Database;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>
/// The reference guide's pages per technology and concept. Anonymous reads are allowed, as for the catalogue;
/// what they aggregate is limited to the hubs the caller may read.
/// </summary>
public static class ReferenceGuideEndpoints
{
    public static IServiceCollection AddReferenceGuide(this IServiceCollection services) =>
        services.AddScoped<ReferenceGuideService>();

    public static RouteGroupBuilder MapReferenceGuide(this RouteGroupBuilder api)
    {
        foreach (var (path, kind) in new[] { ("technologies", TopicKind.Technology), ("concepts", TopicKind.Concept) })
        {
            api.MapGet($"/{path}/{{slug}}", (string slug, ClaimsPrincipal user, NexusDbContext db, ReferenceGuideService guide, CancellationToken ct,
                    int page = 1, int pageSize = 20) => GetAsync(kind, path, slug, user, db, guide, page, pageSize, ct))
                .AllowAnonymous().WithTags("Reference guide")
                .WithSummary($"One {kind.ToString().ToLowerInvariant()} with the cohort's notes, challenges, takeaways and related technologies");
        }

        return api.MapChallengeCatalogue().MapSkillMap();
    }

    private static async Task<Results<Ok<TopicGuideResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        TopicKind kind, string path, string slug, ClaimsPrincipal user, NexusDbContext db, ReferenceGuideService guide,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var entry = await db.CatalogueEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, cancellationToken);
        return entry is null
            ? ApiProblems.NotFound($"No {kind.ToString().ToLowerInvariant()} '{slug}'.")
            : TypedResults.Ok(await guide.GuideAsync(entry, user, page, pageSize, cancellationToken));
    }
}
