using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Follows;

public sealed class FollowTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task FollowingIsIdempotentCountedListedAndUndone()
    {
        var (owner, _, ownerHandle) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Followed Hub"));
        var slug = hub["slug"]!.GetValue<string>();
        var (reader, _, _) = await factory.SignUpAsync();

        var first = await reader.PutAsync($"/api/v1/follows/hub/{slug}", null);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        first.Headers.Location!.ToString().ShouldBe($"/api/v1/follows/hub/{slug}");
        var again = await reader.PutAsync($"/api/v1/follows/hub/{slug}", null);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadJsonAsync())["followers"]!.GetValue<int>().ShouldBe(1);
        (await reader.PutAsync($"/api/v1/follows/learner/{ownerHandle}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await reader.PutAsync("/api/v1/follows/technology/django", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var target = await reader.GetFromJsonAsync<FollowTarget>($"/api/v1/follows/hub/{slug}");
        target.ShouldBe(new FollowTarget("hub", slug, "Followed Hub", 1, true));
        var list = await (await reader.GetAsync("/api/v1/follows?pageSize=2")).ReadJsonAsync();
        list["total"]!.GetValue<int>().ShouldBe(3);
        list["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()).ShouldBe(["technology", "learner"]);
        var hubsOnly = await (await reader.GetAsync("/api/v1/follows?kind=hub")).ReadJsonAsync();
        hubsOnly["items"]!.AsArray().Single()!["name"]!.GetValue<string>().ShouldBe("Followed Hub");

        (await reader.DeleteAsync($"/api/v1/follows/hub/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await reader.DeleteAsync($"/api/v1/follows/hub/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetFromJsonAsync<FollowTarget>($"/api/v1/follows/hub/{slug}"))!.ShouldBe(new FollowTarget("hub", slug, "Followed Hub", 0, false));
    }

    [Fact]
    public async Task WhatCannotBeFollowedIsAProblemNamingWhy()
    {
        var (owner, _, ownerHandle) = await factory.SignUpAsync();
        var (secret, _) = await owner.CreateHubAsync(ApiClient.NewHub("Secret", visibility: "private"));
        var (other, _, _) = await factory.SignUpAsync();

        await (await other.PutAsync("/api/v1/follows/planet/earth", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await other.PutAsync("/api/v1/follows/hub/no-such-hub", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutAsync($"/api/v1/follows/hub/{secret["slug"]}", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutAsync("/api/v1/follows/technology/caching", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PutAsync($"/api/v1/follows/learner/{ownerHandle}", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await other.GetAsync("/api/v1/follows?kind=planet&pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        (await factory.CreateClient().PutAsync($"/api/v1/follows/learner/{ownerHandle}", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AHubMadePrivateLeavesItsFollowersLists()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Soon Private"));
        var slug = hub["slug"]!.GetValue<string>();
        var (reader, _, _) = await factory.SignUpAsync();
        (await reader.PutAsync($"/api/v1/follows/hub/{slug}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var (current, etag) = await owner.GetHubAsync(slug);
        current["visibility"] = "private";
        (await owner.PutHubAsync(slug, current, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await reader.GetAsync("/api/v1/follows")).ReadJsonAsync())["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task FollowersOfAMergedTechnologyFollowTheSurvivingOne()
    {
        var admin = await factory.SignInAsAdminAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/technologies", new { slug = "bottle-py", name = "Bottle", category = "framework", aliases = Array.Empty<string>() });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var (onlyMerged, _, _) = await factory.SignUpAsync();
        var (both, _, _) = await factory.SignUpAsync();
        (await onlyMerged.PutAsync("/api/v1/follows/technology/bottle-py", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await both.PutAsync("/api/v1/follows/technology/bottle-py", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await both.PutAsync("/api/v1/follows/technology/fastapi", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await admin.PostAsJsonAsync("/api/v1/technologies/bottle-py/merge", new { into = "fastapi" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var learner in new[] { onlyMerged, both })
        {
            var list = await (await learner.GetAsync("/api/v1/follows")).ReadJsonAsync();
            list["items"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()).ShouldBe(["fastapi"]);
        }
    }

    private sealed record FollowTarget(string Kind, string Key, string Name, int Followers, bool Following);
}
