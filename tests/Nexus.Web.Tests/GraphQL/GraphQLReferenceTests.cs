using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>Search and the reference guide over GraphQL answer what REST answers, for the same caller.</summary>
public sealed class GraphQLReferenceTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const string Search = """
        query ($q: String!, $first: Int, $after: String) {
          search(q: $q, first: $first, after: $after) {
            totalCount typoTolerant pageInfo { hasNextPage endCursor }
            nodes { type id title snippet section verified hub { slug title owner } }
            facets { type { value count } technology { value count } track { value count } cohort { value count } }
          }
        }
        """;

    private const string Guide = """
        query ($slug: String!, $first: Int) {
          technology(slug: $slug) {
            slug name
            counts { learners challenges verifiedChallenges takeaways }
            learners(first: $first) { totalCount nodes { handle note hub } }
            challenges(first: $first) { totalCount nodes { title verifiedBy } }
            takeaways(first: $first) { totalCount nodes { snippet } }
            related { slug hubs }
          }
        }
        """;

    private static string[] Strings(JsonNode list, string field) => [.. list.AsArray().Select(i => i![field]!.ToString())];

    [Theory]
    [InlineData("django")]
    [InlineData("tech:celery")]
    [InlineData("type:challenge verified")]
    public async Task SearchFindsWhatRestFindsWithTheSameFacets(string query)
    {
        foreach (var client in new[] { corpus.Anonymous, corpus.Grace, corpus.Outsider })
        {
            var rest = await corpus.SearchAsync(client, query);
            var graphql = (await client.GraphQLAsync(Search, new { q = query, first = 20 })).Data()["search"]!;

            graphql["totalCount"]!.GetValue<int>().ShouldBe(rest["total"]!.GetValue<int>());
            Strings(graphql["nodes"]!, "title").ShouldBe(SearchCorpus.Titles(rest));
            Strings(graphql["nodes"]!, "snippet").ShouldBe(Strings(rest["items"]!, "snippet"));
            graphql["facets"]!.ToJsonString().ShouldBe(rest["facets"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task SearchPagesThroughCursorsAndRejectsABadQueryByName()
    {
        var all = (await corpus.Grace.GraphQLAsync(Search, new { q = "django", first = 20 })).Data()["search"]!;
        var first = (await corpus.Grace.GraphQLAsync(Search, new { q = "django", first = 2 })).Data()["search"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await corpus.Grace.GraphQLAsync(Search, new { q = "django", first = 2, after })).Data()["search"]!;

        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        Strings(first["nodes"]!, "title").Concat(Strings(second["nodes"]!, "title"))
            .ShouldBe(Strings(all["nodes"]!, "title").Take(4));
        var bad = await corpus.Grace.GraphQLAsync(Search, new { q = "tech:" });
        bad.Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
    }

    [Fact]
    public async Task ATechnologyGuideMatchesTheRestPageForEachCaller()
    {
        foreach (var client in new[] { corpus.Anonymous, await corpus.SignInAsAdminAsync() })
        {
            foreach (var slug in new[] { "celery", "redis", "kubernetes" })
            {
                var rest = await client.GetFromJsonAsync<JsonObject>($"/api/v1/technologies/{slug}?pageSize=20");
                var graphql = (await client.GraphQLAsync(Guide, new { slug, first = 20 })).Data()["technology"]!;

                graphql["counts"]!.ToJsonString().ShouldBe(rest!["counts"]!.ToJsonString());
                Strings(graphql["learners"]!["nodes"]!, "handle").ShouldBe(Strings(rest["learners"]!["items"]!, "handle"));
                Strings(graphql["learners"]!["nodes"]!, "note").ShouldBe(Strings(rest["learners"]!["items"]!, "note"));
                Strings(graphql["challenges"]!["nodes"]!, "title").ShouldBe(Strings(rest["challenges"]!["items"]!, "title"));
                graphql["takeaways"]!["totalCount"]!.GetValue<int>().ShouldBe(rest["takeaways"]!["total"]!.GetValue<int>());
                Strings(graphql["related"]!, "slug").ShouldBe(Strings(rest["related"]!, "slug"));
            }
        }
    }

    [Fact]
    public async Task AConceptGuideListsItsLearnersAndChallenges()
    {
        var concept = (await corpus.Anonymous.GraphQLAsync("""
            { concept(slug: "caching") { learners { nodes { handle } } challenges { nodes { title } } } }
            """)).Data()["concept"]!;

        Strings(concept["learners"]!["nodes"]!, "handle").ShouldBe(["grace"]);
        Strings(concept["challenges"]!["nodes"]!, "title").ShouldBe(["Celery tasks never ran"]);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("celery", "")]
    [InlineData("", "tasks")]
    public async Task ChallengeClustersAreTheRestCatalogue(string technology, string q)
    {
        foreach (var client in new[] { corpus.Anonymous, corpus.Grace })
        {
            var rest = await client.GetFromJsonAsync<JsonObject>($"/api/v1/challenges?technology={technology}&q={Uri.EscapeDataString(q)}&pageSize=50");
            var graphql = (await client.GraphQLAsync("""
                query ($technology: String, $q: String) {
                  challengeClusters(technology: $technology, q: $q, first: 50) {
                    totalCount nodes { title size verified technologies solutions { id title verifiedBy } }
                  }
                }
                """, new { technology = technology == "" ? null : technology, q = q == "" ? null : q })).Data()["challengeClusters"]!;

            graphql["totalCount"]!.GetValue<int>().ShouldBe(rest!["total"]!.GetValue<int>());
            Strings(graphql["nodes"]!, "title").ShouldBe(Strings(rest["items"]!, "title"));
            graphql["nodes"]!.AsArray().Select(n => n!["solutions"]!.AsArray().Count)
                .ShouldBe(rest["items"]!.AsArray().Select(n => n!["solutions"]!.AsArray().Count));
        }
    }

    [Fact]
    public async Task TheSkillMapIsTheRestMapForMentorsAndAdminsOnly()
    {
        const string query = """
            { skillMap(cohort: "2025-06", first: 50) { cohort learners columns { slug } rows { totalCount nodes { handle cells } } coverage { slug coverage } } }
            """;

        (await corpus.Anonymous.GraphQLAsync(query)).Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("UNAUTHENTICATED");
        (await corpus.Classmate.GraphQLAsync(query)).Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
        foreach (var client in new[] { corpus.Mentor, await corpus.SignInAsAdminAsync() })
        {
            var rest = await client.GetFromJsonAsync<JsonObject>("/api/v1/cohorts/2025-06/skill-map?pageSize=50");
            var map = (await client.GraphQLAsync(query)).Data()["skillMap"]!;

            map["learners"]!.GetValue<int>().ShouldBe(rest!["learners"]!.GetValue<int>());
            map["columns"]!.ToJsonString().ShouldBe(new JsonArray([.. rest["columns"]!.AsArray().Select(c => new JsonObject { ["slug"] = c!["slug"]!.GetValue<string>() })]).ToJsonString());
            map["rows"]!["nodes"]!.ToJsonString().ShouldBe(new JsonArray([.. rest["rows"]!["items"]!.AsArray().Select(r => new JsonObject
            {
                ["handle"] = r!["handle"]!.GetValue<string>(), ["cells"] = r["cells"]!.DeepClone(),
            })]).ToJsonString());
            map["coverage"]!.AsArray().Count.ShouldBe(rest["coverage"]!.AsArray().Count);
        }
    }
}
