using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

public sealed class SearchHostileQueryTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    public static TheoryData<string> Queries => new()
    {
        "\"unbalanced quote",
        "\"\"\"",
        "\"",
        "celery\" tasks\"\"",
        "a AND OR NOT b",
        "NEAR(celery tasks, 2)",
        "title:celery",
        "{celery tasks}",
        "celery^2 + -tasks*",
        "***",
        "*celery",
        "-",
        "--",
        "- -",
        "'; DROP TABLE hubs; --",
        "1' OR '1'='1",
        "redis) OR 1=1 --",
        "$$ || pg_sleep(5) $$",
        "\\x00 \\\\ %_ %%",
        "celery:redis:docker",
        "tech:\"redis",
        "author:\"",
        "tech:redis' OR 1=1",
        "\u0000\u0001\u0007\u001b[31m redis \u007f",
        "r\u0000e\u0000d\u0000i\u0000s",
        "\u202eredis\u202c",
        "😀 🚀 redis 🚀",
        "日本語 検索",
        "e\u0301cole",
        "\ud800 lone surrogate",
        "postg**",
        "a* b* c* d*",
        "-redis -celery",
        new string('x', 10_000),
        string.Join(' ', Enumerable.Repeat("redis", 2_000)),
        string.Join(" OR ", Enumerable.Repeat("\"a\"", 300)),
        string.Join(' ', Enumerable.Range(0, 16).Select(i => $"tech:t{i}")) + " redis",
        string.Join(' ', Enumerable.Range(0, 60).Select(i => $"tech:t{i}")),
        "type:challenge type:hub type:snippet cohort:x cohort:y author:a author:b concept:c -redis celery",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task AnyQueryAnswersWithResultsOrAClearBadRequest(string query)
    {
        var response = await corpus.Anonymous.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}");

        if (response.StatusCode != HttpStatusCode.OK)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "q");
            problem["errors"]!["q"]![0]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task SqlInAQueryIsSearchedForNotExecuted()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "redis'; DELETE FROM search_documents; --");

        result["total"]!.GetValue<int>().ShouldBe(0);
        (await corpus.SearchAsync(corpus.Anonymous, "redis"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("q=redis&page=0")]
    [InlineData("q=redis&pageSize=1000")]
    [InlineData("q=redis&page=500&pageSize=100")]
    [InlineData("")]
    public async Task BadPagingOrAMissingQueryIsABadRequest(string parameters)
    {
        var response = await corpus.Anonymous.GetAsync($"/api/v1/search?{parameters}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
