using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Hubs;

public sealed class HubAuthorizationTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task AnyoneReadsAPublicHub()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub(visibility: "public"));

        (await factory.CreateClient().GetAsync($"/api/v1/hubs/{hub["slug"]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ACohortHubIsReadableOnlyByItsCohortMentorsAndAdmins()
    {
        var (owner, _, _) = await factory.SignUpAsync(cohort: "2025-06");
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub(visibility: "cohort"));
        var url = $"/api/v1/hubs/{hub["slug"]}";
        var (classmate, _, _) = await factory.SignUpAsync(cohort: "2025-06");
        var (outsider, _, _) = await factory.SignUpAsync(cohort: "2024-01");
        var mentor = await factory.SignUpMentorAsync(cohort: "staff");
        var admin = await factory.SignInAsAdminAsync();

        await (await factory.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await classmate.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mentor.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task APrivateHubIsInvisibleToEveryoneButItsOwnerAndAdmins()
    {
        var (owner, _, _) = await factory.SignUpAsync(cohort: "2025-06");
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub(visibility: "private"));
        var url = $"/api/v1/hubs/{hub["slug"]}";
        var (classmate, _, _) = await factory.SignUpAsync(cohort: "2025-06");
        var mentor = await factory.SignUpMentorAsync(cohort: "2025-06");

        await (await classmate.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await mentor.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await classmate.GetAsync($"{url}/revisions")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await factory.SignInAsAdminAsync()).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ListsNeverShowHubsTheCallerMayNotRead()
    {
        var cohort = $"c{Guid.NewGuid():N}"[..12];
        var (owner, _, _) = await factory.SignUpAsync(cohort: cohort);
        await owner.CreateHubAsync(ApiClient.NewHub("Public one", "public"));
        await owner.CreateHubAsync(ApiClient.NewHub("Cohort one", "cohort"));
        await owner.CreateHubAsync(ApiClient.NewHub("Private one", "private"));
        var (outsider, _, _) = await factory.SignUpAsync(cohort: "elsewhere");

        async Task<string[]> TitlesAsync(HttpClient client)
        {
            var page = await (await client.GetAsync($"/api/v1/hubs?cohort={cohort}")).ReadJsonAsync();
            page["total"]!.GetValue<int>().ShouldBe(page["items"]!.AsArray().Count);
            return [.. page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).Order()];
        }

        (await TitlesAsync(factory.CreateClient())).ShouldBe(["Public one"]);
        (await TitlesAsync(outsider)).ShouldBe(["Public one"]);
        (await TitlesAsync(owner)).ShouldBe(["Cohort one", "Private one", "Public one"]);
    }

    [Fact]
    public async Task OnlyTheOwnerOrAnAdminEditsAHub()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await owner.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        var (other, _, _) = await factory.SignUpAsync();

        await (await other.PutHubAsync(slug, hub, etag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.DeleteAsync($"/api/v1/hubs/{slug}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await factory.CreateClient().PutAsJsonAsync($"/api/v1/hubs/{slug}", hub)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        hub["title"] = "Edited by an admin";
        (await (await factory.SignInAsAdminAsync()).PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOwnerDeletesAHub()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync();
        var url = $"/api/v1/hubs/{hub["slug"]}";

        (await owner.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await owner.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyMentorsVerifyChallenges()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync();
        var id = hub["challenges"]![0]!["id"]!.GetValue<long>();
        var url = $"/api/v1/hubs/{hub["slug"]}/challenges/{id}/verification";

        (await owner.PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var mentor = await factory.SignUpMentorAsync();
        (await mentor.PostAsync(url, null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (verified, _) = await owner.GetHubAsync(hub["slug"]!.GetValue<string>());
        verified["challenges"]![0]!["verifiedBy"]!["handle"].ShouldNotBeNull();
        await (await mentor.PostAsync($"/api/v1/hubs/{hub["slug"]}/challenges/999999/verification", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyAdminsWriteTheCatalogue()
    {
        var (learner, _, _) = await factory.SignUpAsync();
        await learner.CreateHubAsync();
        var entry = new { slug = "htmx", name = "htmx", category = "frontend", aliases = new[] { "HTMX" } };

        (await learner.PostAsJsonAsync("/api/v1/technologies", entry)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await factory.SignInAsAdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/technologies", entry)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await factory.CreateClient().GetAsync("/api/v1/technologies/htmx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync("/api/v1/technologies", entry)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.DeleteAsync("/api/v1/technologies/django")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
