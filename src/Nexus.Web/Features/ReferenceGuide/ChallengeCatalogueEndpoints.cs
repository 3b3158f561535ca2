using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;
using Nexus.Web.Infrastructure.Api;

namespace Nexus.Web.Features.ReferenceGuide;

public sealed record ChallengeClusterResponse(string Title, int Size, int Verified, IReadOnlyList<string> Technologies, IReadOnlyList<TopicChallenge> Solutions);

/// <summary>GET /challenges: the <see cref="ChallengeCatalogue"/>, paged. Anonymous reads are allowed and see public hubs only.</summary>
public static class ChallengeCatalogueEndpoints
{
    public static RouteGroupBuilder MapChallengeCatalogue(this RouteGroupBuilder api)
    {
        api.MapGet("/challenges", ListAsync).AllowAnonymous().WithTags("Reference guide")
            .WithSummary("Challenges across hubs, clustered by problem, each cluster with its solutions (verified first)");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<ChallengeClusterResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ChallengeCatalogue catalogue, CancellationToken cancellationToken,
        string? technology = null, string? q = null, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize).MaxLength("technology", technology, 64);
        var parsed = string.IsNullOrWhiteSpace(q) ? null : SearchQueryParser.Parse(q);
        if (parsed is { Query: null })
        {
            errors.Add("q", parsed.Error!);
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var clusters = await catalogue.ClustersAsync(user, technology, parsed?.Query, cancellationToken);
        return TypedResults.Ok(new PagedResponse<ChallengeClusterResponse>(
            [.. clusters.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, clusters.Count));
    }
}
