using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

/// <summary>
/// Search documents carry their hub's visibility, owner and owner's cohort and their challenge's verification: these
/// tests change each of them without touching the words, and search again.
/// </summary>
public sealed class SearchHubFactsTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private async Task<JsonObject> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}")).ReadJsonAsync();

    [Fact]
    public async Task AHubMadePrivateLeavesEveryoneButItsOwnersResultsAtOnce()
    {
        var (owner, _, _) = await factory.SignUpAsync(cohort: "2032-01");
        var (classmate, _, _) = await factory.SignUpAsync(cohort: "2032-01");
        var (hub, _) = await owner.CreateHubAsync(SearchCorpus.Hub("Axolotl pipelines", "public", "s", [], [], [], [], [], null));
        var slug = hub["slug"]!.GetValue<string>();
        (await SearchAsync(factory.CreateClient(), "axolotl"))["total"]!.GetValue<int>().ShouldBe(1);

        await SetVisibilityAsync(owner, slug, "cohort");
        (await SearchAsync(factory.CreateClient(), "axolotl"))["total"]!.GetValue<int>().ShouldBe(0);
        (await SearchAsync(classmate, "axolotl"))["total"]!.GetValue<int>().ShouldBe(1);

        await SetVisibilityAsync(owner, slug, "private");
        (await SearchAsync(classmate, "axolotl"))["total"]!.GetValue<int>().ShouldBe(0);
        (await SearchAsync(owner, "axolotl"))["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task ACohortHubFollowsItsOwnerIntoAnotherCohort()
    {
        var (owner, _, handle) = await factory.SignUpAsync(cohort: "2033-01");
        var (oldClassmate, _, _) = await factory.SignUpAsync(cohort: "2033-01");
        var (newClassmate, _, _) = await factory.SignUpAsync(cohort: "2033-02");
        await owner.CreateHubAsync(SearchCorpus.Hub("Pangolin caching", "cohort", "s", [], [], [], [], [], null));
        (await SearchAsync(oldClassmate, "pangolin"))["total"]!.GetValue<int>().ShouldBe(1);

        var admin = await factory.SignInAsAdminAsync();
        (await admin.PutAsJsonAsync($"/api/v1/admin/users/{handle}/cohort", new { cohort = "2033-02" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SearchAsync(oldClassmate, "pangolin"))["total"]!.GetValue<int>().ShouldBe(0);
        (await SearchAsync(newClassmate, "pangolin"))["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task AVerificationAndItsWithdrawalShowInSearchAtOnce()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(SearchCorpus.Hub("Narwhal queues", "public", "s", [], [], [],
            [("Narwhal consumer stalls", "p", "s", Array.Empty<string>())], [], null));
        var path = $"/api/v1/hubs/{hub["slug"]}/challenges/{hub["challenges"]![0]!["id"]}/verification";
        var mentor = await factory.SignUpMentorAsync();

        async Task<bool> VerifiedAsync() =>
            (await SearchAsync(factory.CreateClient(), "narwhal stalls type:challenge"))["items"]!.AsArray().Single()!["verified"]!.GetValue<bool>();

        (await VerifiedAsync()).ShouldBeFalse();
        (await mentor.PostAsync(path, null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await VerifiedAsync()).ShouldBeTrue();
        (await mentor.DeleteAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await VerifiedAsync()).ShouldBeFalse();
    }

    private static async Task SetVisibilityAsync(HttpClient owner, string slug, string visibility)
    {
        var (current, etag) = await owner.GetHubAsync(slug);
        current["visibility"] = visibility;
        (await owner.PutHubAsync(slug, current, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
