using System.Net;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.ReferenceGuide;

public sealed class ChallengeCatalogueTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private async Task<JsonObject> CatalogueAsync(string parameters)
    {
        var response = await corpus.Anonymous.GetAsync($"/api/v1/challenges?{parameters}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static string[][] Clusters(JsonObject page) =>
        [.. page["items"]!.AsArray().Select(c => c!["solutions"]!.AsArray().Select(s => s!["title"]!.GetValue<string>()).ToArray())];

    [Fact]
    public async Task TheSameProblemFromTwoHubsIsOneClusterWithTheVerifiedSolutionFirst()
    {
        var page = await CatalogueAsync("");

        Clusters(page).ShouldBe([["Celery tasks never ran", "Background tasks not executing"], ["CORS errors calling the Django API"]]);
        var celery = page["items"]![0]!;
        celery["size"]!.GetValue<int>().ShouldBe(2);
        celery["verified"]!.GetValue<int>().ShouldBe(1);
        celery["solutions"]![0]!["author"]!.GetValue<string>().ShouldBe("grace");
        celery["solutions"]![0]!["verifiedBy"].ShouldNotBeNull();
        celery["solutions"]![1]!["author"]!.GetValue<string>().ShouldBe("linus");
        celery["technologies"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["celery", "redis"]);
    }

    [Fact]
    public async Task TheTechnologyAndTextFiltersNarrowTheChallenges()
    {
        Clusters(await CatalogueAsync("technology=django-cors-headers")).ShouldBe([["CORS errors calling the Django API"]]);
        Clusters(await CatalogueAsync("q=worker")).ShouldBe([["Celery tasks never ran", "Background tasks not executing"]]);
        Clusters(await CatalogueAsync("technology=kubernetes")).ShouldBeEmpty();
    }

    [Fact]
    public async Task ClustersArePagedAndABadQueryIsABadRequest()
    {
        var second = await CatalogueAsync("pageSize=1&page=2");

        second["total"]!.GetValue<int>().ShouldBe(2);
        Clusters(second).ShouldBe([["CORS errors calling the Django API"]]);
        await (await corpus.Anonymous.GetAsync("/api/v1/challenges?q=-only")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "q");
    }
}
