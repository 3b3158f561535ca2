namespace Nexus.Web.Tests.Search;

public sealed class SearchRelevanceTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task AHeadingMatchRanksAboveBodyMatches()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "redis"));

        titles[0].ShouldBe("Caching with Redis");
        titles.ShouldContain("Deploying with Docker");
    }

    [Fact]
    public async Task TheVerifiedChallengeWithTheWordsInItsTitleComesFirst()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "celery tasks"));

        titles[0].ShouldBe("Celery tasks never ran");
        titles.ShouldContain("Background tasks not executing");
    }

    [Fact]
    public async Task WordsStandingTogetherRankAboveTheSameWordsScattered()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "broker url")).ToList();

        // The takeaway says "broker URL"; the newer Docker section has both words apart.
        titles.IndexOf("Takeaways").ShouldBeLessThan(titles.IndexOf("Deploying with Docker"));
    }

    [Fact]
    public async Task AQuotedPhraseMatchesOnlyTheWordsInThatOrder()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "\"cache invalidation\"");

        SearchCorpus.Titles(result).ShouldBe(["Caching with Redis"]);
        result["items"]![0]!["snippet"]!.GetValue<string>().ShouldContain("<mark>Cache</mark> <mark>invalidation</mark>");
    }

    [Fact]
    public async Task APrefixFindsLongerWords()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "postg*"));

        titles.ShouldContain("PostgreSQL indexes");
        titles.ShouldContain("Deploying with Docker");
    }

    [Fact]
    public async Task AsYouTypeAHalfWrittenWordAlreadyFinds()
    {
        SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "composite ind", "&asYouType=true")).ShouldContain("PostgreSQL indexes");
    }

    [Fact]
    public async Task AMisspeltWordFindsWhatItMeant()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "djnago");

        result["typoTolerant"]!.GetValue<bool>().ShouldBeTrue();
        SearchCorpus.Titles(result).ShouldContain("Grace's Django journey");
    }

    [Fact]
    public async Task AnExcludedWordRemovesTheDocumentsThatHaveIt()
    {
        var titles = SearchCorpus.Titles(await corpus.SearchAsync(corpus.Anonymous, "celery -background"));

        titles.ShouldContain("Celery tasks never ran");
        titles.ShouldNotContain("Background tasks not executing");
    }

    [Fact]
    public async Task EachResultNamesItsHubSectionAndAHighlightedSnippet()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "composite index");
        var hit = result["items"]![0]!;

        hit["type"]!.GetValue<string>().ShouldBe("section");
        hit["hub"]!["owner"]!.GetValue<string>().ShouldBe("grace");
        hit["section"]!.GetValue<string>().ShouldBe("PostgreSQL indexes");
        hit["snippet"]!.GetValue<string>().ShouldContain("<mark>composite</mark> <mark>index</mark>");
    }

    [Fact]
    public async Task ResultsArePaged()
    {
        var first = await corpus.SearchAsync(corpus.Anonymous, "the", "&pageSize=2");
        var second = await corpus.SearchAsync(corpus.Anonymous, "the", "&pageSize=2&page=2");

        first["total"]!.GetValue<int>().ShouldBeGreaterThan(2);
        SearchCorpus.Titles(first).Length.ShouldBe(2);
        SearchCorpus.Titles(second).ShouldNotBe(SearchCorpus.Titles(first));
    }
}
