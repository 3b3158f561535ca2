using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>GET /challenges: the <see cref="ChallengeCatalogue"/> over REST. Anonymous reads are allowed and see public hubs only.</summary>
public static class ChallengeCatalogueEndpoints
{
    public static RouteGroupBuilder MapChallengeCatalogue(this RouteGroupBuilder api)
    {
        api.MapGet("/challenges", ListAsync).AllowAnonymous().WithTags("Reference guide")
            .WithSummary("Challenges across hubs, clustered by problem, each cluster with its solutions (verified first)");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<ChallengeClusterResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, ChallengeCatalogue catalogue, CancellationToken cancellationToken,
        string? technology = null, string? q = null, int page = 1, int pageSize = 20) =>
        (await catalogue.ListAsync(user, technology, q, page, pageSize, cancellationToken)).ToHttpResult();
}
