using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>Posts GraphQL operations the way a client library does.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static async Task<JsonObject> GraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostGraphQLAsync(query, variables);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, string query, object? variables = null,
        string accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static JsonNode Data(this JsonObject response)
    {
        response.ContainsKey("errors").ShouldBeFalse(response.ToJsonString());
        return response["data"]!;
    }

    public static JsonNode Error(this JsonObject response)
    {
        response.ContainsKey("errors").ShouldBeTrue(response.ToJsonString());
        return response["errors"]![0]!;
    }
}
