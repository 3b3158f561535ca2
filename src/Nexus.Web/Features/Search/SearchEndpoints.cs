using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Api;
using Nexus.Web.Infrastructure.Auth;

namespace Nexus.Web.Features.Search;

/// <summary>
/// Full-text search. Anonymous callers may search (they see public hubs only, as in the hub list); the index
/// rebuild is for admins.
/// </summary>
public static class SearchEndpoints
{
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services.AddScoped<SearchIndexer>().AddScoped<SearchService>().AddSingleton<CatalogueSlugCache>()
            .AddHostedService<SearchPartitionMaintenance>();

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync).AllowAnonymous().WithTags("Search")
            .WithSummary("Search hubs, sections, challenges, takeaways and snippets the caller may read");
        api.MapPost("/admin/search/rebuild", RebuildAsync).RequireAuthorization(AuthServiceCollectionExtensions.AdminPolicy)
            .WithTags("Search").WithSummary("Rebuild the whole search index from the hubs (admins)");
        return api;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        ClaimsPrincipal user, SearchService search, CancellationToken cancellationToken, string? q = null, bool asYouType = false, int page = 1, int pageSize = 20)
    {
        var errors = Paging.Validate(page, pageSize);
        if ((page - 1) * pageSize >= SearchService.RankedCandidates)
        {
            errors.Add("page", $"Only the best {SearchService.RankedCandidates} results are paged; narrow the query with words or filters.");
        }

        var parsed = SearchQueryParser.Parse(q, asYouType);
        if (parsed.Query is null)
        {
            errors.Add("q", parsed.Error!);
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await search.SearchAsync(q!, parsed.Query!, user, page, pageSize, cancellationToken));
    }

    private static async Task<Ok<SearchRebuildResponse>> RebuildAsync(SearchIndexer indexer, HubStore store, CancellationToken cancellationToken)
    {
        var (hubs, documents) = await indexer.RebuildAsync(store, cancellationToken);
        return TypedResults.Ok(new SearchRebuildResponse(hubs, documents));
    }
}
