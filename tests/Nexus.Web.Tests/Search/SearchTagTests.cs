using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

/// <summary>Filters run on the documents' tags: these tests change what a tag says without touching the hub's content.</summary>
public sealed class SearchTagTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private async Task<string[]> TitlesAsync(string query) =>
        SearchCorpus.Titles(await (await factory.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}")).ReadJsonAsync());

    [Fact]
    public async Task ACohortFilterFollowsALearnerMovedToAnotherCohort()
    {
        var (owner, _, handle) = await factory.SignUpAsync(cohort: "2031-01");
        await owner.CreateHubAsync(SearchCorpus.Hub("Zanzibarite field notes", "public", "s", [], [], [], [], [], null));
        (await TitlesAsync("zanzibarite cohort:2031-01")).ShouldBe(["Zanzibarite field notes"]);

        var admin = await factory.SignInAsAdminAsync();
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{handle}/cohort", new { cohort = "2031-02" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TitlesAsync("zanzibarite cohort:2031-01")).ShouldBeEmpty();
        (await TitlesAsync("zanzibarite cohort:2031-02")).ShouldBe(["Zanzibarite field notes"]);
        (await TitlesAsync($"zanzibarite author:{handle}")).ShouldBe(["Zanzibarite field notes"]);
    }

    [Fact]
    public async Task AMergedEntrysDocumentsAreFoundByTheSurvivingEntry()
    {
        var admin = await factory.SignInAsAdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/technologies", new { slug = "quartzite-queue", name = "Quartzite Queue", category = "messaging", aliases = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (owner, _, _) = await factory.SignUpAsync();
        await owner.CreateHubAsync(SearchCorpus.Hub("Quartzite consumers", "public", "s", [], ["quartzite-queue"], [],
            [("Quartzite consumer stalls", "p", "s", new[] { "quartzite-queue" })], [], null));
        (await TitlesAsync("quartzite tech:rabbitmq")).ShouldBeEmpty();

        (await admin.PostAsJsonAsync("/api/v1/technologies/quartzite-queue/merge", new { into = "rabbitmq" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TitlesAsync("quartzite tech:rabbitmq")).Order(StringComparer.Ordinal).ShouldBe(["Quartzite consumer stalls", "Quartzite consumers"]);
        (await TitlesAsync("quartzite tech:rabbitmq type:challenge")).ShouldBe(["Quartzite consumer stalls"]);
        (await TitlesAsync("quartzite tech:quartzite-queue")).Order(StringComparer.Ordinal).ShouldBe(["Quartzite consumer stalls", "Quartzite consumers"]);
    }

    [Theory]
    [InlineData("_kchallenge")]
    [InlineData("kchallenge")]
    [InlineData("_rbackend")]
    [InlineData("\"_e1\"")]
    public async Task TypedWordsNeverMatchAFilterToken(string query)
    {
        // Three challenges: a typed word matching their tag would find enough for typo correction not to step in.
        var (owner, _, _) = await factory.SignUpAsync(track: "backend");
        await owner.CreateHubAsync(SearchCorpus.Hub("Tagged but not by words", "public", "s", [], ["django"], [],
            [("First", "p", "s", new[] { "django" }), ("Second", "p", "s", new[] { "django" }), ("Third", "p", "s", new[] { "django" })], [], null));

        var response = await factory.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.ReadJsonAsync();
        // Whatever is found was found by correcting the word ("kchallenge" is one letter from "challenge").
        (SearchCorpus.Titles(result).Length == 0 || result["typoTolerant"]!.GetValue<bool>()).ShouldBeTrue();
    }
}
