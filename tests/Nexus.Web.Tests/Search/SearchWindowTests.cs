using Nexus.Web.Features.Search;
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

        // The newest 500 of 1,206 documents: the last two hubs whole (a hub document, then 200 takeaways each) and
        // the newest 98 takeaways of the one before.
        wide["total"]!.GetValue<int>().ShouldBe(SearchService.RankedCandidates);
        wide["totalIsLowerBound"]!.GetValue<bool>().ShouldBeTrue();
        SearchCorpus.Facet(wide, "type").ShouldBe(new Dictionary<string, int> { ["takeaway"] = 498, ["hub"] = 2 });
        narrow["total"]!.GetValue<int>().ShouldBe(6);
        narrow["totalIsLowerBound"]!.GetValue<bool>().ShouldBeFalse();
    }
}
