using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

public sealed class GraphQLQueryTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private const string HubFields = """
        slug title visibility version revision updatedAt
        owner { handle displayName track cohort github }
        sections { kind title markdown }
        technologies { slug name note } concepts { slug note }
        challenges { id title problem solution result technologies verifiedBy { handle } }
        takeaways { text } snippets { language code } resources { url } projects { name role }
        revisions { totalCount nodes { number message } }
        """;

    [Fact]
    public async Task AHubReadsLikeItsRestJson()
    {
        var (owner, _, handle) = await factory.SignUpAsync(cohort: "gql-read");
        var (rest, _) = await owner.CreateHubAsync();
        var slug = rest["slug"]!.GetValue<string>();

        var hub = (await factory.CreateClient().GraphQLAsync($"query ($slug: String!) {{ hub(slug: $slug) {{ {HubFields} }} }}", new { slug }))
            .Data()["hub"]!;

        hub["title"]!.GetValue<string>().ShouldBe(rest["title"]!.GetValue<string>());
        hub["visibility"]!.GetValue<string>().ShouldBe("PUBLIC");
        hub["owner"]!["handle"]!.GetValue<string>().ShouldBe(handle);
        hub["owner"]!["track"]!.GetValue<string>().ShouldBe("BACKEND");
        hub["sections"]!.AsArray().Count.ShouldBe(2);
        hub["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ShouldBe(["django", "postgresql"]);
        hub["concepts"]![0]!["slug"]!.GetValue<string>().ShouldBe("caching");
        hub["challenges"]![0]!["technologies"]![0]!.GetValue<string>().ShouldBe("celery");
        hub["challenges"]![0]!["id"]!.GetValue<string>().ShouldBe(rest["challenges"]![0]!["id"]!.ToString());
        hub["takeaways"]![0]!["text"]!.GetValue<string>().ShouldBe("Measure before optimising.");
        hub["revisions"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        hub["updatedAt"]!.GetValue<string>().ShouldEndWith("Z");
    }

    [Fact]
    public async Task HubsPageThroughARelayConnection()
    {
        var cohort = $"page{Guid.NewGuid():N}"[..12];
        var (owner, _, _) = await factory.SignUpAsync(cohort: cohort);
        for (var i = 0; i < 5; i++)
        {
            await owner.CreateHubAsync(ApiClient.NewHub($"Paged hub {i}"));
        }

        const string query = "query ($cohort: String, $after: String) { hubs(first: 2, after: $after, cohort: $cohort) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }";
        var titles = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = (await owner.GraphQLAsync(query, new { cohort, after })).Data()["hubs"]!;
            page["totalCount"]!.GetValue<int>().ShouldBe(5);
            titles.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
            pages++;
        }
        while (after is not null);

        pages.ShouldBe(3);
        titles.ShouldBe(["Paged hub 4", "Paged hub 3", "Paged hub 2", "Paged hub 1", "Paged hub 0"]);
    }

    [Fact]
    public async Task VisibilityRulesAreTheSameAsRest()
    {
        var cohort = $"vis{Guid.NewGuid():N}"[..12];
        var (owner, _, _) = await factory.SignUpAsync(cohort: cohort);
        await owner.CreateHubAsync(ApiClient.NewHub("Public one", "public"));
        var (cohortHub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Cohort one", "cohort"));
        var (privateHub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Private one", "private"));
        var (classmate, _, _) = await factory.SignUpAsync(cohort: cohort);
        var (outsider, _, _) = await factory.SignUpAsync(cohort: "elsewhere");
        var mentor = await factory.SignUpMentorAsync(cohort: "staff");

        async Task<string[]> TitlesAsync(HttpClient client) =>
            [.. (await client.GraphQLAsync("query ($c: String) { hubs(cohort: $c) { nodes { title } } }", new { c = cohort }))
                .Data()["hubs"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Order()];

        async Task<bool> SeesAsync(HttpClient client, string slug) =>
            (await client.GraphQLAsync("query ($s: String!) { hub(slug: $s) { slug } }", new { s = slug })).Data()["hub"] is not null;

        (await TitlesAsync(factory.CreateClient())).ShouldBe(["Public one"]);
        (await TitlesAsync(outsider)).ShouldBe(["Public one"]);
        (await TitlesAsync(classmate)).ShouldBe(["Cohort one", "Public one"]);
        (await TitlesAsync(owner)).ShouldBe(["Cohort one", "Private one", "Public one"]);
        var cohortSlug = cohortHub["slug"]!.GetValue<string>();
        var privateSlug = privateHub["slug"]!.GetValue<string>();
        (await SeesAsync(outsider, cohortSlug)).ShouldBeFalse();
        (await SeesAsync(mentor, cohortSlug)).ShouldBeTrue();
        (await SeesAsync(mentor, privateSlug)).ShouldBeFalse();
        (await SeesAsync(classmate, privateSlug)).ShouldBeFalse();
        (await SeesAsync(await factory.SignInAsAdminAsync(), privateSlug)).ShouldBeTrue();
    }

    [Fact]
    public async Task HubsFilterByTrackAndTechnologyAsRestDoes()
    {
        var cohort = $"flt{Guid.NewGuid():N}"[..12];
        var (backend, _, _) = await factory.SignUpAsync(cohort: cohort, track: "backend");
        var (frontend, _, _) = await factory.SignUpAsync(cohort: cohort, track: "frontend");
        await backend.CreateHubAsync(ApiClient.NewHub("Backend hub"));
        var react = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.NewHub("Frontend hub"), ApiClient.Json))!;
        react["technologies"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["slug"] = "postgresql", ["note"] = "" });
        await frontend.CreateHubAsync(react);

        async Task<string[]> TitlesAsync(string filter) =>
            [.. (await factory.CreateClient().GraphQLAsync($"query ($c: String) {{ hubs(cohort: $c, {filter}) {{ nodes {{ title }} }} }}", new { c = cohort }))
                .Data()["hubs"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).Order()];

        (await TitlesAsync("track: FRONTEND")).ShouldBe(["Frontend hub"]);
        (await TitlesAsync("technology: \"django\"")).ShouldBe(["Backend hub"]);
        (await TitlesAsync("technology: \"postgresql\"")).ShouldBe(["Backend hub", "Frontend hub"]);
    }

    [Fact]
    public async Task MeIsTheSignedInCallerAndNullForAnonymousCallers()
    {
        var (client, _, handle) = await factory.SignUpAsync();

        (await client.GraphQLAsync("{ me { handle } }")).Data()["me"]!["handle"]!.GetValue<string>().ShouldBe(handle);
        (await factory.CreateClient().GraphQLAsync("{ me { handle } }")).Data()["me"].ShouldBeNull();
    }

    [Fact]
    public async Task TheCatalogueIsAConnectionToo()
    {
        var data = (await factory.CreateClient().GraphQLAsync(
            "{ technologies(first: 3) { totalCount nodes { slug } } django: technology(slug: \"django\") { name } concept(slug: \"caching\") { slug } }")).Data();

        data["technologies"]!["nodes"]!.AsArray().Count.ShouldBe(3);
        data["technologies"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(3);
        data["django"]!["name"]!.GetValue<string>().ShouldBe("Django");
        data["concept"]!["slug"]!.GetValue<string>().ShouldBe("caching");
    }

    [Fact]
    public async Task FiftyHubsWithTheirPartsRunAConstantNumberOfStatements()
    {
        var cohort = $"n1{Guid.NewGuid():N}"[..12];
        var (owner, _, _) = await factory.SignUpAsync(cohort: cohort);
        const string query = "query ($c: String, $n: Int) { hubs(first: $n, cohort: $c) { nodes { slug owner { handle } technologies { slug } concepts { slug } challenges { title technologies verifiedBy { handle } } } } }";
        await owner.CreateHubAsync(ApiClient.NewHub("Hub 0"));
        factory.Statements.Reset();
        (await owner.GraphQLAsync(query, new { c = cohort, n = 50 })).Data()["hubs"]!["nodes"]!.AsArray().Count.ShouldBe(1);
        var forOne = factory.Statements.Count;

        for (var i = 1; i < 50; i++)
        {
            await owner.CreateHubAsync(ApiClient.NewHub($"Hub {i}"));
        }

        factory.Statements.Reset();
        (await owner.GraphQLAsync(query, new { c = cohort, n = 50 })).Data()["hubs"]!["nodes"]!.AsArray().Count.ShouldBe(50);

        factory.Statements.Count.ShouldBe(forOne);
        forOne.ShouldBeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task TheSchemaAnswersIntrospection()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var schema = (await response.ReadJsonAsync()).Data()["__schema"]!;
        schema["subscriptionType"]!["name"]!.GetValue<string>().ShouldBe("Subscription");
    }
}
