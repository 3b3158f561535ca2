using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

/// <summary>Work per query is bounded: the newest matches are counted, faceted and ranked, and the response says when there were more.</summary>
public sealed class SearchWindowTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task BeyondTheRankedWindowTheTotalIsALowerBoundAndTheNewestMatchesAreCounted()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        for (var i = 0; i < 6; i++)
        {
            await owner.CreateHubAsync(SearchCorpus.Hub($"Okapi notes {i}", "public", "s", [], [], [], [],
                [.. Enumerable.Range(0, 200).Select(n => $"Okapi takeaway number {n}")], null));
        }

        var wide = await (await factory.CreateClient().GetAsync("/api/v1/search?q=okapi")).ReadJsonAsync();
        var narrow = await (await factory.CreateClient().GetAsync("/api/v1/search?q=okapi%20type:hub")).ReadJsonAsync();

        wide["total"]!.GetValue<int>().ShouldBe(1000);
        wide["totalIsLowerBound"]!.GetValue<bool>().ShouldBeTrue();
        SearchCorpus.Facet(wide, "type").ShouldBe(new Dictionary<string, int> { ["takeaway"] = 996, ["hub"] = 4 });
        narrow["total"]!.GetValue<int>().ShouldBe(6);
        narrow["totalIsLowerBound"]!.GetValue<bool>().ShouldBeFalse();
    }
}
