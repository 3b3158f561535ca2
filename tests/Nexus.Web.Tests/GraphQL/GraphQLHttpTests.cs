using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>GraphQL over HTTP: methods, media types and the status codes the spec gives for each.</summary>
public sealed class GraphQLHttpTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private static HttpRequestMessage Get(string query, string accept = GraphQLClient.GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task AQueryOverGetAnswersInTheAcceptedMediaType()
    {
        var response = await factory.CreateClient().SendAsync(Get("{ __typename }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLClient.GraphQLResponse);
        (await response.ReadJsonAsync()).Data()["__typename"]!.GetValue<string>().ShouldBe("Query");
    }

    [Fact]
    public async Task AMutationOverGetIsNotAllowed()
    {
        var response = await factory.CreateClient().SendAsync(Get("mutation { deleteHub(slug: \"x\") }"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldContain("POST");
    }

    [Fact]
    public async Task AnInvalidDocumentIs400UnderGraphQLResponseJsonAnd200UnderLegacyJson()
    {
        var client = factory.CreateClient();

        var modern = await client.PostGraphQLAsync("{ noSuchField }");
        var legacy = await client.PostGraphQLAsync("{ noSuchField }", accept: "application/json");

        modern.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        modern.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLClient.GraphQLResponse);
        (await modern.ReadJsonAsync()).ContainsKey("data").ShouldBeFalse();
        legacy.StatusCode.ShouldBe(HttpStatusCode.OK);
        legacy.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await legacy.ReadJsonAsync()).Error()["message"].ShouldNotBeNull();
    }

    [Fact]
    public async Task AMalformedBodyIs400AnUnsupportedContentTypeIs415AndAnUnacceptableAcceptIs406()
    {
        var client = factory.CreateClient();

        var malformed = await client.PostAsync("/graphql", new StringContent("{\"query\": 42}", Encoding.UTF8, "application/json"));
        var text = await client.PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "text/plain"));
        var xml = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json") };
        xml.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        text.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await client.SendAsync(xml)).StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task WithoutAnAcceptHeaderTheResponseIsJson()
    {
        var response = await factory.CreateClient().PostAsync("/graphql",
            new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task TheBearerTokenOfRestAuthenticatesGraphQL()
    {
        var (client, _, handle) = await factory.SignUpAsync();

        var response = await client.SendAsync(Get("{ me { handle } }"));

        (await response.ReadJsonAsync()).Data()["me"]!["handle"]!.GetValue<string>().ShouldBe(handle);
    }

    [Fact]
    public async Task BrowsersGetGraphiQLWithItsAssetsFromTheBuild()
    {
        var client = factory.CreateClient();
        var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");

        var response = await client.SendAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("/graphql/assets/graphiql.min.js");
        html.ShouldContain("isHeadersEditorEnabled: true");
        (await client.GetAsync("/graphql/assets/graphiql.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/graphql/assets/react.production.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/graphql/assets/graphql-ws.min.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/graphql/assets/..%2Fappsettings.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnyoneGetsTheSchemaAsSdl()
    {
        var response = await factory.CreateClient().GetAsync("/graphql/schema.graphql");
        var sdl = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        sdl.ShouldContain("type Query {");
        sdl.ShouldContain("hubs(");
    }
}
