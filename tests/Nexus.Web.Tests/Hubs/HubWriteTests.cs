using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Hubs;

public sealed class HubWriteTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task CreatingAHubAnswersCreatedWithItsLocationAndEveryPart()
    {
        var (client, _, handle) = await factory.SignUpAsync();

        var response = await client.PostAsJsonAsync("/api/v1/hubs", ApiClient.NewHub("Grace’s Backend Journey 🚀"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe("/api/v1/hubs/graces-backend-journey");
        var hub = await response.ReadJsonAsync();
        hub["title"]!.GetValue<string>().ShouldBe("Grace’s Backend Journey 🚀");
        hub["owner"]!["handle"]!.GetValue<string>().ShouldBe(handle);
        hub["revision"]!.GetValue<int>().ShouldBe(1);
        hub["sections"]!.AsArray().Count.ShouldBe(2);
        hub["technologies"]![0]!["name"]!.GetValue<string>().ShouldBe("Django");
        hub["technologies"]![0]!["note"]!.GetValue<string>().ShouldBe("Models, views, admin.");
        hub["concepts"]![0]!["slug"]!.GetValue<string>().ShouldBe("caching");
        hub["challenges"]![0]!["technologies"]![0]!.GetValue<string>().ShouldBe("celery");
        hub["challenges"]![0]!["verifiedBy"].ShouldBeNull();
        hub["takeaways"]![0]!["text"]!.GetValue<string>().ShouldBe("Measure before optimising.");
        hub["snippets"]![0]!["language"]!.GetValue<string>().ShouldBe("python");
        hub["resources"]![0]!["url"]!.GetValue<string>().ShouldBe("https://docs.djangoproject.com/");
        hub["projects"]![0]!["repositoryUrl"]!.GetValue<string>().ShouldBe("https://github.com/octo-cat/hub");
    }

    [Fact]
    public async Task ATakenSlugIsAConflict()
    {
        var (client, _, _) = await factory.SignUpAsync();
        await client.CreateHubAsync(ApiClient.NewHub(slug: "taken-slug"));

        await (await client.PostAsJsonAsync("/api/v1/hubs", ApiClient.NewHub(slug: "taken-slug"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task TitlesThatSlugifyAlikeGetDistinctSlugs()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (first, _) = await client.CreateHubAsync(ApiClient.NewHub("Same Title"));
        var (second, _) = await client.CreateHubAsync(ApiClient.NewHub("Same title!"));

        first["slug"]!.GetValue<string>().ShouldBe("same-title");
        second["slug"]!.GetValue<string>().ShouldBe("same-title-2");
    }

    [Fact]
    public async Task ValidationNamesEachBadFieldByItsPath()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var hub = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.NewHub(), ApiClient.Json))!.AsObject();
        hub["slug"] = "Not A Slug";
        hub["visibility"] = "secret";
        hub["sections"]![0]!["kind"] = "poetry";
        hub["technologies"]![1]!["slug"] = "cobol-on-cogs";
        hub["resources"]![0]!["url"] = "javascript:alert(1)";
        hub["challenges"]![0]!["title"] = " ";

        var problem = await (await client.PostAsJsonAsync("/api/v1/hubs", hub)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(
            ["slug", "visibility", "sections[0].kind", "technologies[1].slug", "resources[0].url", "challenges[0].title"], ignoreOrder: true);
        (await client.GetAsync("/api/v1/hubs?pageSize=100")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnOversizedSectionIsRejectedAndNothingIsStored()
    {
        var (client, _, handle) = await factory.SignUpAsync();
        var hub = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.NewHub(slug: $"{handle}-huge"), ApiClient.Json))!.AsObject();
        hub["sections"]![0]!["markdown"] = new string('x', 100_001);

        await (await client.PostAsJsonAsync("/api/v1/hubs", hub)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sections[0].markdown");
        await (await client.GetAsync($"/api/v1/hubs/{handle}-huge")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownSlugIsANotFoundProblem()
    {
        var problem = await (await factory.CreateClient().GetAsync("/api/v1/hubs/no-such-hub")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem["detail"]!.GetValue<string>().ShouldContain("no-such-hub");
    }

    [Fact]
    public async Task PutWithoutIfMatchIsRefused()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, _) = await client.CreateHubAsync();

        await (await client.PutHubAsync(hub["slug"]!.GetValue<string>(), hub, etag: null)).ShouldBeProblemAsync((HttpStatusCode)428);
    }

    [Fact]
    public async Task AStaleETagCannotOverwriteANewerSave()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();

        hub["title"] = "First editor";
        var first = await client.PutHubAsync(slug, hub, etag);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.ToString().ShouldNotBe(etag);

        hub["title"] = "Second editor with the old ETag";
        await (await client.PutHubAsync(slug, hub, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("First editor");
    }

    [Fact]
    public async Task IfNoneMatchWithTheCurrentETagIsNotModified()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/hubs/{hub["slug"]}");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);

        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task EditingAVerifiedChallengeAsksForVerificationAgainButKeepingItKeepsIt()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, _) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        var id = hub["challenges"]![0]!["id"]!.GetValue<long>();
        var mentor = await factory.SignUpMentorAsync();
        (await mentor.PostAsync($"/api/v1/hubs/{slug}/challenges/{id}/verification", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (verified, etag) = await client.GetHubAsync(slug);
        verified["title"] = "Only the title changed";
        var untouched = await (await client.PutHubAsync(slug, verified, etag)).ReadJsonAsync();
        untouched["challenges"]![0]!["id"]!.GetValue<long>().ShouldBe(id);
        untouched["challenges"]![0]!["verifiedBy"].ShouldNotBeNull();

        var (again, etag2) = await client.GetHubAsync(slug);
        again["challenges"]![0]!["solution"] = "A different solution.";
        var edited = await (await client.PutHubAsync(slug, again, etag2)).ReadJsonAsync();
        edited["challenges"]![0]!["verifiedBy"].ShouldBeNull();
    }

    [Fact]
    public async Task ListingFiltersByCohortTrackAndTechnologyWithPaging()
    {
        var cohort = $"f{Guid.NewGuid():N}"[..12];
        var (backend, _, _) = await factory.SignUpAsync(cohort: cohort, track: "backend");
        var (frontend, _, _) = await factory.SignUpAsync(cohort: cohort, track: "frontend");
        await backend.CreateHubAsync(ApiClient.NewHub("Backend hub"));
        var reactHub = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.NewHub("Frontend hub"), ApiClient.Json))!.AsObject();
        reactHub["technologies"] = new JsonArray(new JsonObject { ["slug"] = "react", ["note"] = "Hooks" });
        await frontend.CreateHubAsync(reactHub);
        var anonymous = factory.CreateClient();

        var byTrack = await (await anonymous.GetAsync($"/api/v1/hubs?cohort={cohort}&track=frontend")).ReadJsonAsync();
        byTrack["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ShouldBe(["Frontend hub"]);
        var byTechnology = await (await anonymous.GetAsync($"/api/v1/hubs?cohort={cohort}&technology=django")).ReadJsonAsync();
        byTechnology["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ShouldBe(["Backend hub"]);
        var paged = await (await anonymous.GetAsync($"/api/v1/hubs?cohort={cohort}&page=2&pageSize=1")).ReadJsonAsync();
        paged["total"]!.GetValue<int>().ShouldBe(2);
        paged["items"]!.AsArray().Count.ShouldBe(1);
        await (await anonymous.GetAsync("/api/v1/hubs?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await anonymous.GetAsync("/api/v1/hubs?track=wizard")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "track");
        await (await anonymous.GetAsync("/api/v1/hubs?page=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
