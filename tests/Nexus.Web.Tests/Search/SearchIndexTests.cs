using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

public sealed class SearchIndexTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private async Task<int> TotalAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync())["total"]!.GetValue<int>();
    }

    [Fact]
    public async Task AnEditReplacesTheIndexedWords()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await owner.CreateHubAsync(ApiClient.NewHub("Aardvark adventures"));
        (await TotalAsync(owner, "aardvark")).ShouldBe(1);

        hub["title"] = "Pangolin adventures";
        (await owner.PutHubAsync(hub["slug"]!.GetValue<string>(), hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TotalAsync(owner, "aardvark")).ShouldBe(0);
        (await TotalAsync(owner, "pangolin")).ShouldBe(1);
    }

    [Fact]
    public async Task ADeletedHubLeavesTheIndex()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Narwhal notes"));

        (await owner.DeleteAsync($"/api/v1/hubs/{hub["slug"]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await TotalAsync(owner, "narwhal")).ShouldBe(0);
    }

    [Fact]
    public async Task MakingAHubPrivateHidesItFromSearchAtOnce()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await owner.CreateHubAsync(ApiClient.NewHub("Axolotl almanac"));
        (await TotalAsync(factory.CreateClient(), "axolotl")).ShouldBe(1);

        hub["visibility"] = "private";
        (await owner.PutHubAsync(hub["slug"]!.GetValue<string>(), hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await TotalAsync(factory.CreateClient(), "axolotl")).ShouldBe(0);
    }

    [Fact]
    public async Task AnAdminRebuildsTheIndexAndSearchStillFindsEverything()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        await owner.CreateHubAsync(ApiClient.NewHub("Capybara chronicles"));
        var admin = await factory.SignInAsAdminAsync();

        (await owner.PostAsync("/api/v1/admin/search/rebuild", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var response = await admin.PostAsync("/api/v1/admin/search/rebuild", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.ReadJsonAsync())["documents"]!.GetValue<int>().ShouldBeGreaterThan(0);
        (await TotalAsync(owner, "capybara")).ShouldBe(1);
        (await TotalAsync(owner, "capybra")).ShouldBe(1);
    }
}
