using System.Net;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Hubs;

/// <summary>The cost of reading a hub must not grow with its size: a fixed number of SQL statements (no N+1).</summary>
public sealed class StatementCountTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task ReadingAHubRunsTheSameStatementsWhateverItsSize()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (small, _) = await client.CreateHubAsync(ApiClient.NewHub("Small hub"));
        var (large, _) = await client.CreateHubAsync(Enlarged(ApiClient.NewHub("Large hub"), 25));

        var smallCount = await CountAsync(client, small["slug"]!.GetValue<string>());
        var largeCount = await CountAsync(client, large["slug"]!.GetValue<string>());

        largeCount.ShouldBe(smallCount);
        smallCount.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task ARepeatedReadIsServedFromTheCacheWithoutSql()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        await CountAsync(client, slug);

        (await CountAsync(client, slug)).ShouldBe(0);

        // A write drops the cached copy, so the next read reloads and shows it.
        hub["title"] = "Changed after caching";
        (await client.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("Changed after caching");
    }

    [Fact]
    public async Task ListingHubsRunsTheSameStatementsWhateverThePageSize()
    {
        var (client, _, _) = await factory.SignUpAsync(cohort: "statements");
        for (var i = 0; i < 12; i++)
        {
            await client.CreateHubAsync(ApiClient.NewHub($"Hub {i}"));
        }

        factory.Statements.Reset();
        (await client.GetAsync("/api/v1/hubs?cohort=statements&pageSize=2")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var two = factory.Statements.Count;
        factory.Statements.Reset();
        (await client.GetAsync("/api/v1/hubs?cohort=statements&pageSize=12")).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Statements.Count.ShouldBe(two);
    }

    private async Task<int> CountAsync(HttpClient client, string slug)
    {
        factory.Statements.Reset();
        (await client.GetAsync($"/api/v1/hubs/{slug}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return factory.Statements.Count;
    }

    private static JsonObject Enlarged(object hub, int times)
    {
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(hub, ApiClient.Json))!.AsObject();
        var challenge = json["challenges"]![0]!;
        var challenges = new JsonArray();
        var sections = new JsonArray();
        var takeaways = new JsonArray();
        for (var i = 0; i < times; i++)
        {
            var copy = challenge.DeepClone();
            copy["title"] = $"Challenge {i}";
            copy["technologies"] = new JsonArray("celery", "redis", "docker");
            challenges.Add(copy);
            sections.Add(new JsonObject { ["kind"] = "custom", ["title"] = $"Section {i}", ["markdown"] = "Text" });
            takeaways.Add(new JsonObject { ["text"] = $"Takeaway {i}" });
        }

        json["challenges"] = challenges;
        json["sections"] = sections;
        json["takeaways"] = takeaways;
        return json;
    }
}
