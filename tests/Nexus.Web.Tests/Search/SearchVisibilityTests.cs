using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

public sealed class SearchVisibilityTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    [Fact]
    public async Task APrivateHubIsFoundByNobodyButItsOwnerAndAdmins()
    {
        foreach (var client in new[] { corpus.Anonymous, corpus.Classmate, corpus.Outsider, corpus.Mentor })
        {
            var result = await corpus.SearchAsync(client, "zebracorn");
            result["total"]!.GetValue<int>().ShouldBe(0);
            result["facets"]!["type"]!.AsArray().ShouldBeEmpty();
        }

        (await corpus.SearchAsync(await corpus.SignInAsAdminAsync(), "zebracorn"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ACohortHubIsFoundByItsCohortAndMentorsOnly()
    {
        (await corpus.SearchAsync(corpus.Anonymous, "quokka"))["total"]!.GetValue<int>().ShouldBe(0);
        (await corpus.SearchAsync(corpus.Outsider, "quokka"))["total"]!.GetValue<int>().ShouldBe(0);
        (await corpus.SearchAsync(corpus.Classmate, "quokka"))["total"]!.GetValue<int>().ShouldBe(2);
        (await corpus.SearchAsync(corpus.Mentor, "quokka"))["total"]!.GetValue<int>().ShouldBe(2);
        (await corpus.SearchAsync(corpus.Classmate, "wombat"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task HiddenHubsLeaveNoTraceInCountsOrFacets()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "notes");
        var technologies = SearchCorpus.Facet(result, "technology");
        var cohorts = SearchCorpus.Facet(result, "cohort");

        result["total"]!.GetValue<int>().ShouldBe(0);
        technologies.Keys.ShouldNotContain("kubernetes");
        technologies.Keys.ShouldNotContain("mongodb");
        cohorts.Keys.ShouldNotContain("2024-01");
        (await corpus.SearchAsync(corpus.Classmate, "tech:kubernetes"))["total"]!.GetValue<int>().ShouldBe(0);
        SearchCorpus.Facet(await corpus.SearchAsync(corpus.Classmate, "tech:flask"), "cohort").ShouldBeEmpty();
    }

    [Fact]
    public async Task ATypoNeverSurfacesAHiddenHub()
    {
        var result = await corpus.SearchAsync(corpus.Anonymous, "zebracron");

        result["total"]!.GetValue<int>().ShouldBe(0);
    }
}
