using Nexus.Web.Features.Hubs;
using Nexus.Web.Features.Search;

namespace Nexus.Web.Tests.Search;

public sealed class SearchSqlTests
{
    private static readonly HubCaller Anonymous = new(false, null, null, false);

    private static SearchQuery Parse(string text) => SearchQueryParser.Parse(text).Query!;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TypedWordsReachTheDatabaseOnlyAsParameters(bool postgres)
    {
        var statement = SearchSql.Window(Parse("celery' OR 1=1 \"never ran\" postg*"), new SearchFilter([], Anonymous, null), postgres, null, 501);

        statement.Sql.ShouldNotContain("celery");
        statement.Sql.ShouldNotContain("never");
        statement.Sql.ShouldNotContain("postg");
        statement.Parameters.ShouldContain(501);
    }

    [Fact]
    public void BlocksAreASecondTsqueryConditionSoTheWordsDriveTheIndexScan()
    {
        var filter = new SearchFilter([[SearchTags.Entry(8)]], Anonymous, null);

        var statement = SearchSql.Window(Parse("migrations"), filter, postgres: true, new WindowBounds(9000, 8192, ["_b2"]), 501);

        statement.Sql.ShouldContain("d.tsv @@ ((plainto_tsquery('simple', @p0)) && CAST(@p1 AS tsquery))");
        statement.Sql.ShouldContain("AND d.tsv @@ CAST(@p2 AS tsquery)");
        statement.Parameters.ShouldBe(["migrations", "('_e8')", "('_b2')", 9000L, 8192L, 501], ignoreOrder: false);
    }

    [Fact]
    public void ASpanOfWholePartitionsCarriesItsBoundsAsLiteralsForThePlanner()
    {
        var statement = SearchSql.Window(Parse("redis"), new SearchFilter([], Anonymous, null), postgres: true, new WindowBounds(262144, 0, null), 501);

        statement.Sql.ShouldContain("d.id < 262144 AND d.id >= 0");
        statement.Parameters.ShouldBe(["redis", 501], ignoreOrder: false);
    }

    [Fact]
    public void TheReadRuleFollowsTheCaller()
    {
        string Sql(HubCaller caller) => SearchSql.Window(Parse("redis"), new SearchFilter([], caller, null), postgres: true, null, 10).Sql;
        var learner = Guid.NewGuid();

        Sql(Anonymous).ShouldContain("d.hub_visibility = 'Public'");
        Sql(new HubCaller(true, learner, null, false)).ShouldNotContain("hub_visibility");
        Sql(new HubCaller(false, learner, "2025-06", false)).ShouldContain("d.hub_visibility = 'Cohort' AND d.owner_cohort = @p");
        Sql(new HubCaller(false, learner, null, true)).ShouldContain("OR d.hub_visibility = 'Cohort')");
    }
}
