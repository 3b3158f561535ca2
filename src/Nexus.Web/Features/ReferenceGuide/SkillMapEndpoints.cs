using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>GET /cohorts/{cohort}/skill-map: the <see cref="SkillMapService"/> over REST, for mentors and admins (an overview of people, not of content).</summary>
public static class SkillMapEndpoints
{
    public static RouteGroupBuilder MapSkillMap(this RouteGroupBuilder api)
    {
        api.MapGet("/cohorts/{cohort}/skill-map", GetAsync).RequireAuthorization(AuthServiceCollectionExtensions.MentorPolicy)
            .WithTags("Reference guide").WithSummary("Learners × technologies and concepts of a cohort, with coverage (mentors, admins)");
        return api;
    }

    private static async Task<Results<Ok<SkillMapResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string cohort, ClaimsPrincipal user, SkillMapService skillMap, CancellationToken cancellationToken, int page = 1, int pageSize = 50) =>
        (await skillMap.GetAsync(cohort, user, page, pageSize, cancellationToken)).ToHttpResult();
}
