using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Hubs;

public sealed class RevisionTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task EverySaveStoresARevisionWithItsSnapshot()
    {
        var (client, _, handle) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        hub["title"] = "Second title";
        (await client.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await (await client.GetAsync($"/api/v1/hubs/{slug}/revisions")).ReadJsonAsync();
        list["items"]!.AsArray().Select(r => r!["number"]!.GetValue<int>()).ShouldBe([2, 1]);
        list["items"]![0]!["author"]!["handle"]!.GetValue<string>().ShouldBe(handle);

        var first = await (await client.GetAsync($"/api/v1/hubs/{slug}/revisions/1")).ReadJsonAsync();
        first["hub"]!["title"]!.GetValue<string>().ShouldBe("My Backend Journey");
        await (await client.GetAsync($"/api/v1/hubs/{slug}/revisions/9")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheDiffOfTwoRevisionsShowsWhatChanged()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        hub["sections"]![0]!["markdown"] = "I learned **FastAPI** and PostgreSQL.";
        (await client.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var diff = await (await client.GetAsync($"/api/v1/hubs/{slug}/diff?from=1&to=2")).ReadJsonAsync();

        diff["added"]!.GetValue<int>().ShouldBe(1);
        diff["removed"]!.GetValue<int>().ShouldBe(1);
        var changed = diff["lines"]!.AsArray().Where(l => l!["type"]!.GetValue<string>() != "unchanged")
            .Select(l => (l!["type"]!.GetValue<string>(), l["text"]!.GetValue<string>())).ToList();
        changed.ShouldBe([("deleted", "I learned **Django** and PostgreSQL."), ("inserted", "I learned **FastAPI** and PostgreSQL.")]);
        await (await client.GetAsync($"/api/v1/hubs/{slug}/diff?from=1&to=7")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/hubs/{slug}/diff?from=1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RestoringARevisionCreatesANewRevisionWithTheOldContent()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        hub["title"] = "Changed my mind";
        hub["takeaways"] = new System.Text.Json.Nodes.JsonArray();
        (await client.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var restored = await client.PostAsync($"/api/v1/hubs/{slug}/revisions/1/restore", null);

        restored.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await restored.ReadJsonAsync();
        body["revision"]!.GetValue<int>().ShouldBe(3);
        body["title"]!.GetValue<string>().ShouldBe("My Backend Journey");
        body["takeaways"]!.AsArray().Count.ShouldBe(1);
        var list = await (await client.GetAsync($"/api/v1/hubs/{slug}/revisions")).ReadJsonAsync();
        list["items"]![0]!["message"]!.GetValue<string>().ShouldBe("Restored revision 1");
    }

    [Fact]
    public async Task OnlyTheOwnerRestores()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync();
        var (other, _, _) = await factory.SignUpAsync();

        await (await other.PostAsync($"/api/v1/hubs/{hub["slug"]}/revisions/1/restore", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
