using Nexus.Web.Features.Search;

namespace Nexus.Web.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static SearchQuery Parse(string text)
    {
        var result = SearchQueryParser.Parse(text);
        result.Error.ShouldBeNull();
        return result.Query!;
    }

    [Fact]
    public void PlainWordsBecomeLowerCaseWordTerms()
    {
        Parse("Celery  Tasks").Include.ShouldBe([new WordTerm("celery"), new WordTerm("tasks")]);
    }

    [Fact]
    public void AQuotedPhraseKeepsItsWordsInOrder()
    {
        Parse("\"Cache Invalidation\" redis").Include.ShouldBe(
            [new PhraseTerm(["cache", "invalidation"]), new WordTerm("redis")], ignoreOrder: false);
    }

    [Fact]
    public void AMinusExcludesAWordOrAPhrase()
    {
        var query = Parse("celery -django -\"background tasks\"");

        query.Include.ShouldBe([new WordTerm("celery")]);
        query.Exclude.Count.ShouldBe(2);
        query.Exclude[0].ShouldBe(new WordTerm("django"));
        query.Exclude[1].ShouldBeOfType<PhraseTerm>().Words.ShouldBe(["background", "tasks"]);
    }

    [Fact]
    public void AStarMakesAPrefix()
    {
        Parse("postg*").Include.ShouldBe([new WordTerm("postg", Prefix: true)]);
    }

    [Fact]
    public void AsYouTypeTheLastWordIsAPrefixUntilASpaceFollows()
    {
        SearchQueryParser.Parse("celery wor", asYouType: true).Query!.Include.ShouldBe([new WordTerm("celery"), new WordTerm("wor", Prefix: true)]);
        SearchQueryParser.Parse("celery wor ", asYouType: true).Query!.Include.ShouldBe([new WordTerm("celery"), new WordTerm("wor")]);
        SearchQueryParser.Parse("\"never ran\"", asYouType: true).Query!.Include.ShouldBe([new PhraseTerm(["never", "ran"])]);
    }

    [Fact]
    public void FiltersAreSeparatedFromTheWords()
    {
        var query = Parse("worker tech:Redis concept:caching track:backend cohort:2025-06 type:challenge author:@grace");

        query.Include.ShouldBe([new WordTerm("worker")]);
        query.Filters.Technologies.ShouldBe(["redis"]);
        query.Filters.Concepts.ShouldBe(["caching"]);
        query.Filters.Track.ShouldBe("backend");
        query.Filters.Cohort.ShouldBe("2025-06");
        query.Filters.Types.ShouldBe(["challenge"]);
        query.Filters.Author.ShouldBe("grace");
    }

    [Fact]
    public void AFilterAloneIsAQuery()
    {
        Parse("type:snippet").Include.ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownFieldIsJustWords()
    {
        Parse("http://example.com").Include.ShouldBe([new PhraseTerm(["http", "example", "com"])]);
    }

    [Fact]
    public void PunctuationInsideAWordMakesAPhraseOfItsParts()
    {
        Parse("N+1").Include.ShouldBe([new PhraseTerm(["n", "1"])]);
        Parse("select_related").Include.ShouldBe([new PhraseTerm(["select", "related"])]);
    }

    [Fact]
    public void AnUnbalancedQuoteRunsToTheEnd()
    {
        Parse("\"never ran").Include.ShouldBe([new PhraseTerm(["never", "ran"])]);
    }

    [Fact]
    public void FtsOperatorsAndSqlAreOrdinaryWords()
    {
        Parse("a OR b NEAR(c) ' ; DROP TABLE hubs; --").Include.ShouldAllBe(t => t is WordTerm || t is PhraseTerm);
        Parse("title:secret*").Include.ShouldBe([new PhraseTerm(["title", "secret"])]);
    }

    [Fact]
    public void DiacriticsAndCaseDoNotMatter()
    {
        Parse("Café ÉCOLE").Include.ShouldBe([new WordTerm("cafe"), new WordTerm("ecole")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ***")]
    [InlineData("-django")]
    [InlineData("type:nonsense")]
    [InlineData("track:devops")]
    [InlineData("tech:")]
    public void QueriesThatCannotMeanAnythingAreRejectedWithAReason(string text)
    {
        var result = SearchQueryParser.Parse(text);

        result.Query.ShouldBeNull();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void TooLongOrTooManyTermsAreRejected()
    {
        SearchQueryParser.Parse(new string('a', SearchQueryParser.MaxLength + 1)).Error.ShouldNotBeNull();
        SearchQueryParser.Parse(string.Join(' ', Enumerable.Range(0, 17).Select(i => $"w{i}"))).Error.ShouldNotBeNull();
    }

    [Fact]
    public void TheFts5QueryQuotesEveryToken()
    {
        var query = Parse("celery \"never ran\" postg* -django");

        SearchSql.Fts5(query).ShouldBe("(\"celery\" AND \"never ran\" AND \"postg\"*) NOT \"django\"");
    }

    [Fact]
    public void TheEditDistanceCountsATranspositionAsOneEdit()
    {
        EditDistance.Osa("djnago", "django").ShouldBe(1);
        EditDistance.Osa("kitten", "sitting").ShouldBe(3);
    }

    [Fact]
    public void TheSnippetEscapesHtmlAndMarksMatches()
    {
        var snippet = SearchHighlighter.Snippet("Use <script> with Redis caching", new HashSet<string> { "redis" }, ["cach"]);

        snippet.ShouldBe("Use &lt;script&gt; with <mark>Redis</mark> <mark>caching</mark>");
    }
}
