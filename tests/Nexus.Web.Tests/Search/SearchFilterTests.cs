namespace Nexus.Web.Tests.Search;

public sealed class SearchFilterTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task ATypeFilterKeepsOnlyThatType()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "type:challenge");

        SearchCorpus.Titles(result).Order(StringComparer.Ordinal).ShouldBe(["Background tasks not executing", "CORS errors calling the Django API", "Celery tasks never ran"]);
        SearchCorpus.Facet(result, "type").ShouldBe(new Dictionary<string, int> { ["challenge"] = 3 });
    }

    [Fact]
    public async Task FiltersCombineWithWordsAndWithEachOther()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "tasks type:challenge tech:celery author:linus"));

        titles.ShouldBe(["Background tasks not executing"]);
    }

    [Fact]
    public async Task ATechnologyFilterMatchesTheHubsTechnologiesAndTheChallengesLinks()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "tech:django-cors-headers"));

        titles.ShouldBe(["CORS errors calling the Django API"]);
    }

    [Fact]
    public async Task TrackCohortAndConceptFiltersFollowTheHubsOwner()
    {
        (await corpus.SearchAsync(corpus.Anonymous, "dashboard track:frontend"))["items"]!.AsArray()
            .ShouldAllBe(i => i!["hub"]!["owner"]!.GetValue<string>() == "ada");
        (await corpus.SearchAsync(corpus.Anonymous, "cohort:2025-06 concept:caching"))["items"]!.AsArray()
            .ShouldAllBe(i => i!["hub"]!["owner"]!.GetValue<string>() == "grace");
    }

    [Fact]
    public async Task FacetCountsAddUpToTheTotal()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "the");
        var total = result["total"]!.GetValue<int>();

        SearchCorpus.Facet(result, "type").Values.Sum().ShouldBe(total);
        SearchCorpus.Facet(result, "track").Values.Sum().ShouldBe(total);
        SearchCorpus.Facet(result, "cohort").Values.Sum().ShouldBe(total);
    }

    [Fact]
    public async Task TheTechnologyFacetCountsEachMatchingDocumentOnce()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "celery");
        var facet = SearchCorpus.Facet(result, "technology");

        // Grace's challenge links celery and redis, her hub lists redis: counted once for redis.
        facet["celery"].ShouldBe(result["items"]!.AsArray().Count(i => i!["hub"]!["owner"]!.GetValue<string>() == "linus")
                                 + result["items"]!.AsArray().Count(i => i!["type"]!.GetValue<string>() == "challenge" && i["hub"]!["owner"]!.GetValue<string>() == "grace"));
        facet["redis"].ShouldBe(result["items"]!.AsArray().Count(i => i!["hub"]!["owner"]!.GetValue<string>() == "grace"));
    }
}
