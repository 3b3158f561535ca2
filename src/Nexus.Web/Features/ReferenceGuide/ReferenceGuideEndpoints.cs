using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Catalogue;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>
/// The reference guide's pages per technology and concept. Anonymous reads are allowed, as for the catalogue;
/// what they aggregate is limited to the hubs the caller may read.
/// </summary>
public static class ReferenceGuideEndpoints
{
    public static IServiceCollection AddReferenceGuide(this IServiceCollection services) =>
        services.AddScoped<ReferenceGuideService>().AddScoped<ChallengeCatalogue>().AddScoped<SkillMapService>().AddScoped<CatalogueMerger>();

    public static RouteGroupBuilder MapReferenceGuide(this RouteGroupBuilder api)
    {
        foreach (var (path, kind) in new[] { ("technologies", TopicKind.Technology), ("concepts", TopicKind.Concept) })
        {
            api.MapGet($"/{path}/{{slug}}", (string slug, ClaimsPrincipal user, ReferenceGuideService guide, HttpContext http, CancellationToken ct,
                    int page = 1, int pageSize = 20) => GetAsync(kind, path, slug, user, guide, http, page, pageSize, ct))
                .AllowAnonymous().WithTags("Reference guide")
                .WithSummary($"One {kind.ToString().ToLowerInvariant()} with the cohort's notes, challenges, takeaways and related technologies");
        }

        return api.MapChallengeCatalogue().MapSkillMap().MapCatalogueMerge();
    }

    private static async Task<Results<Ok<TopicGuideResponse>, RedirectHttpResult, ValidationProblem, ProblemHttpResult>> GetAsync(
        TopicKind kind, string path, string slug, ClaimsPrincipal user, ReferenceGuideService guide,
        HttpContext http, int page, int pageSize, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (entry, merged) = await guide.ResolveAsync(kind, slug, cancellationToken);
        if (entry is not null)
        {
            return TypedResults.Ok(await guide.GuideAsync(entry, user, page, pageSize, cancellationToken));
        }

        // A merged entry's old slug: 308 keeps links and bookmarks working (and, unlike 301, any method).
        return merged is null
            ? ApiProblems.NotFound($"No {kind.ToString().ToLowerInvariant()} '{slug}'.")
            : TypedResults.Redirect($"/api/v1/{path}/{merged}{http.Request.QueryString}", permanent: true, preserveMethod: true);
    }
}
