using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

/// <summary>A host in allow-list mode: only the documents of its persisted documents file run.</summary>
public sealed class PersistedDocumentsNexusFactory : NexusFactory
{
    public const string Allowed = "{ hubs(first: 1) { totalCount } }";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"nexus-persisted-{Guid.NewGuid():N}.json");

    public PersistedDocumentsNexusFactory() =>
        File.WriteAllText(_file, JsonSerializer.Serialize(new Dictionary<string, string> { [IdOf(Allowed)] = Allowed }));

    public static string IdOf(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQL:PersistedDocumentsFile"] = _file,
        ["GraphQL:OnlyPersistedDocuments"] = "true",
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_file);
    }
}

public sealed class GraphQLPersistedDocumentsTests(PersistedDocumentsNexusFactory factory) : IClassFixture<PersistedDocumentsNexusFactory>
{
    private async Task<HttpResponseMessage> PostAsync(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task APersistedDocumentRunsByItsId()
    {
        var response = await PostAsync(new { documentId = PersistedDocumentsNexusFactory.IdOf(PersistedDocumentsNexusFactory.Allowed) });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).Data()["hubs"]!["totalCount"].ShouldNotBeNull();
    }

    [Fact]
    public async Task InAllowListModeOtherDocumentsAndUnknownIdsAreRefused()
    {
        var other = await (await PostAsync(new { query = "{ __typename }" })).ReadJsonAsync();
        var unknown = await (await PostAsync(new { documentId = "sha256:0000" })).ReadJsonAsync();

        other.Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("PERSISTED_DOCUMENT_REQUIRED");
        unknown.Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("PERSISTED_DOCUMENT_NOT_FOUND");
    }

    [Fact]
    public async Task TheAllowedDocumentMayAlsoBeSentAsText()
    {
        var response = await PostAsync(new { query = PersistedDocumentsNexusFactory.Allowed });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
