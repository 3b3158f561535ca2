using System.Text.Json.Nodes;

namespace Nexus.Web.Tests.Search;

/// <summary>
/// Whole ordered result lists, written down once: the same expectations run on the SQLite and the PostgreSQL tier,
/// so passing on both means both providers return the same documents in the same order with the same totals.
/// </summary>
public sealed class SearchParityTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    public static TheoryData<string, string> Expected => new()
    {
        { "redis", "3: section:Caching with Redis / section:Deploying with Docker / takeaway:Takeaways" },
        { "celery tasks", "2: challenge:Celery tasks never ran / challenge:Background tasks not executing" },
        { "broker url", "3: challenge:Celery tasks never ran / takeaway:Takeaways / section:Deploying with Docker" },
        { "\"cache invalidation\"", "1: section:Caching with Redis" },
        { "postg*", "2: section:PostgreSQL indexes / section:Deploying with Docker" },
        { "djnago", "3: challenge:CORS errors calling the Django API / hub:Grace's Django journey / hub:Ada builds React dashboards" },
        { "celery -background", "1: challenge:Celery tasks never ran" },
        { "celery -background type:challenge tech:celery", "1: challenge:Celery tasks never ran" },
        { "type:challenge", "3: challenge:Celery tasks never ran / challenge:Background tasks not executing / challenge:CORS errors calling the Django API" },
        { "dashboard track:frontend", "1: section:State management" },
        { "the", "9: challenge:CORS errors calling the Django API / challenge:Celery tasks never ran / section:Deploying with Docker / challenge:Background tasks not executing / section:State management / takeaway:Takeaways / section:Caching with Redis / takeaway:Takeaways / snippet:Prefetch" },
    };

    private static string Describe(JsonObject result) =>
        $"{result["total"]}: " + string.Join(" / ", result["items"]!.AsArray().Select(i => $"{i!["type"]}:{i["title"]}"));

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task EveryProviderReturnsTheSameResultsInTheSameOrder(string query, string expected)
    {
        Describe(await corpus.SearchAsync(corpus.Anonymous, query)).ShouldBe(expected);
    }
}
