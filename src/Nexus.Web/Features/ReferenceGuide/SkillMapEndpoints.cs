using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record SkillColumn(string Slug, string Name, string Kind);

/// <summary>One learner's row; <see cref="Cells"/> follow the columns: none, documented, challenge or verified.</summary>
public sealed record SkillRow(string Handle, string DisplayName, string Track, IReadOnlyList<string> Cells);

public sealed record SkillCoverage(string Slug, string Kind, int Documented, int Challenge, int Verified, double Coverage);

public sealed record SkillMapResponse(string Cohort, int Learners, IReadOnlyList<SkillColumn> Columns, PagedResponse<SkillRow> Rows, IReadOnlyList<SkillCoverage> Coverage);

/// <summary>GET /cohorts/{cohort}/skill-map: the <see cref="SkillMap"/>, for mentors and admins (MentorPolicy).</summary>
public static class SkillMapEndpoints
{
    public static RouteGroupBuilder MapSkillMap(this RouteGroupBuilder api)
    {
        api.MapGet("/cohorts/{cohort}/skill-map", GetAsync).RequireAuthorization(AuthServiceCollectionExtensions.MentorPolicy)
            .WithTags("Reference guide").WithSummary("Learners × technologies and concepts of a cohort, with coverage (mentors, admins)");
        return api;
    }

    private static async Task<Results<Ok<SkillMapResponse>, ValidationProblem>> GetAsync(
        string cohort, ClaimsPrincipal user, SkillMap skillMap, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("cohort", cohort, 32);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await skillMap.BuildAsync(cohort, user, page, pageSize, cancellationToken));
    }
}
