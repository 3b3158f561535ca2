using System.Net;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.ReferenceGuide;

public sealed class TopicGuideTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private static async Task<JsonObject> GuideAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync($"/api/v1/{path}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static string[] Values(JsonNode list, string field) =>
        [.. list["items"]!.AsArray().Select(i => i![field]!.GetValue<string>())];

    [Fact]
    public async Task ATechnologyPageKeepsTheCatalogueFieldsAndAddsWhatTheCohortWrote()
    {
        var guide = await GuideAsync(corpus.Anonymous, "technologies/celery");

        guide["slug"]!.GetValue<string>().ShouldBe("celery");
        guide["name"]!.GetValue<string>().ShouldBe("Celery");
        guide["aliases"].ShouldNotBeNull();
        Values(guide["learners"]!, "handle").ShouldBe(["linus"]);
        Values(guide["challenges"]!, "title").ShouldBe(["Celery tasks never ran", "Background tasks not executing"]);
        guide["challenges"]!["items"]![0]!["verifiedBy"].ShouldNotBeNull();
        guide["counts"]!["challenges"]!.GetValue<int>().ShouldBe(2);
        guide["counts"]!["verifiedChallenges"]!.GetValue<int>().ShouldBe(1);
        guide["related"]!.AsArray().Select(r => r!["slug"]!.GetValue<string>()).ShouldBe(["docker"]);
    }

    [Fact]
    public async Task TakeawaysThatNameTheTechnologyAreListedWithAHighlight()
    {
        var guide = await GuideAsync(corpus.Anonymous, "technologies/redis");

        guide["takeaways"]!["total"]!.GetValue<int>().ShouldBe(1);
        guide["takeaways"]!["items"]![0]!["snippet"]!.GetValue<string>().ShouldContain("<mark>Redis</mark>");
        guide["related"]!.AsArray().Select(r => r!["slug"]!.GetValue<string>()).Order(StringComparer.Ordinal).ShouldBe(["django", "postgresql"]);
    }

    [Fact]
    public async Task AConceptPageListsTheLearnersAndTheChallengesOfTheirHubs()
    {
        var guide = await GuideAsync(corpus.Anonymous, "concepts/caching");

        Values(guide["learners"]!, "handle").ShouldBe(["grace"]);
        Values(guide["challenges"]!, "title").ShouldBe(["Celery tasks never ran"]);
    }

    [Fact]
    public async Task HiddenHubsCountNowhereOnAPage()
    {
        var anonymous = await GuideAsync(corpus.Anonymous, "technologies/kubernetes");
        var admin = await GuideAsync(await corpus.SignInAsAdminAsync(), "technologies/kubernetes");

        anonymous["counts"]!["learners"]!.GetValue<int>().ShouldBe(0);
        anonymous["learners"]!["items"]!.AsArray().ShouldBeEmpty();
        admin["counts"]!["learners"]!.GetValue<int>().ShouldBe(1);
        (await GuideAsync(corpus.Outsider, "technologies/mongodb"))["counts"]!["learners"]!.GetValue<int>().ShouldBe(0);
        (await GuideAsync(corpus.Classmate, "technologies/mongodb"))["counts"]!["learners"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task ListsArePagedAndAnUnknownEntryIsNotFound()
    {
        var guide = await GuideAsync(corpus.Anonymous, "technologies/celery?pageSize=1&page=2");

        Values(guide["challenges"]!, "title").ShouldBe(["Background tasks not executing"]);
        guide["challenges"]!["total"]!.GetValue<int>().ShouldBe(2);
        await (await corpus.Anonymous.GetAsync("/api/v1/technologies/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await corpus.Anonymous.GetAsync("/api/v1/technologies/celery?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }
}
