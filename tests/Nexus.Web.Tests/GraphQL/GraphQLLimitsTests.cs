using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>A host with tight limits from the GraphQL configuration section.</summary>
public sealed class LimitedNexusFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:MaxDepth"] = "4",
        ["GraphQL:MaxAliases"] = "2",
        ["GraphQL:EnableIntrospection"] = "false",
        ["GraphQL:MaxCost"] = "500",
    };
}

public sealed class GraphQLLimitsTests(LimitedNexusFactory factory) : IClassFixture<LimitedNexusFactory>
{
    [Fact]
    public async Task AQueryDeeperThanTheConfiguredDepthIsARequestError()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ hubs { edges { node { owner { handle } } } } }");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CreateClient().PostGraphQLAsync("{ hubs { nodes { slug } } }")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TooManyAliasesAreRefused()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ a: __typename b: __typename c: __typename }");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AQueryCostingMoreThanTheLimitIsRefusedBeforeItRuns()
    {
        var costly = await factory.CreateClient().PostGraphQLAsync("{ hubs(first: 100) { nodes { challenges { technologies } } } }");

        costly.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CreateClient().PostGraphQLAsync("{ hubs(first: 5) { nodes { slug } } }")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ASubscriptionOverHttpIsARequestError()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("subscription { hubPublished { slug } }");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).Error()["message"]!.GetValue<string>().ShouldContain("WebSocket");
    }

    [Fact]
    public async Task IntrospectionCanBeSwitchedOff()
    {
        var response = await factory.CreateClient().PostGraphQLAsync("{ __schema { queryType { name } } }");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.CreateClient().PostGraphQLAsync("{ __typename }")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
