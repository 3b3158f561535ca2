using System.Net;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.ReferenceGuide;

public sealed class SkillMapTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const string Url = "/api/v1/cohorts/2025-06/skill-map";

    private static async Task<JsonObject> MapAsync(HttpClient client)
    {
        var response = await client.GetAsync(Url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    private static string Cell(JsonObject map, string handle, string slug)
    {
        var column = map["columns"]!.AsArray().Select(c => c!["slug"]!.GetValue<string>()).ToList().IndexOf(slug);
        var row = map["rows"]!["items"]!.AsArray().Single(r => r!["handle"]!.GetValue<string>() == handle)!;
        return column < 0 ? "none" : row["cells"]![column]!.GetValue<string>();
    }

    [Fact]
    public async Task OnlyMentorsAndAdminsSeeTheSkillMap()
    {
        (await corpus.Anonymous.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await corpus.Classmate.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await corpus.Mentor.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await corpus.SignInAsAdminAsync()).GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EachCellIsTheHighestOfDocumentedChallengeAndVerified()
    {
        var map = await MapAsync(corpus.Mentor);

        Cell(map, "grace", "django").ShouldBe("documented");
        Cell(map, "grace", "celery").ShouldBe("verified");
        Cell(map, "linus", "celery").ShouldBe("challenge");
        Cell(map, "ada", "celery").ShouldBe("none");
        Cell(map, "hedy", "mongodb").ShouldBe("documented");
    }

    [Fact]
    public async Task CoverageCountsLearnersPerTechnology()
    {
        var map = await MapAsync(corpus.Mentor);
        var celery = map["coverage"]!.AsArray().Single(c => c!["slug"]!.GetValue<string>() == "celery")!;

        map["learners"]!.GetValue<int>().ShouldBe(5);
        celery["documented"]!.GetValue<int>().ShouldBe(2);
        celery["verified"]!.GetValue<int>().ShouldBe(1);
        celery["coverage"]!.GetValue<double>().ShouldBe(0.4);
    }

    [Fact]
    public async Task APrivateHubCountsForAdminsButNotForMentors()
    {
        Cell(await MapAsync(corpus.Mentor), "hedy", "kubernetes").ShouldBe("none");
        Cell(await MapAsync(await corpus.SignInAsAdminAsync()), "hedy", "kubernetes").ShouldBe("documented");
    }
}
