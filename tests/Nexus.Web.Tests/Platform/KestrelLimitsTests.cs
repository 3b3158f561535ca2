using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Platform;

public sealed class SmallBodyLimitFactory : NexusFactory
{
    public SmallBodyLimitFactory() => UseKestrel(0);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "4096" };
}

/// <summary>Body limits are Kestrel's, so this runs the host on a real Kestrel socket rather than the in-memory test server.</summary>
public sealed class KestrelLimitsTests(SmallBodyLimitFactory factory) : IClassFixture<SmallBodyLimitFactory>
{
    private readonly SmallBodyLimitFactory _factory = factory;

    [Fact]
    public async Task AnOversizedBodyIsRefusedWithAProblem()
    {
        var client = _factory.CreateClient();
        var body = new StringContent($"{{\"email\":\"{new string('a', 10_000)}\",\"password\":\"x\"}}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/auth/login", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem["detail"]!.GetValue<string>().ShouldContain("4096 bytes");
    }

    [Fact]
    public async Task ImportsAcceptLargerUploadsButNotAHundredMegabytes()
    {
        var (client, _, _) = await SignUpOnKestrelAsync();
        var readme = System.Text.Encoding.UTF8.GetBytes("# A hub bigger than the general limit\n\n" + new string('x', 8_000));

        var accepted = await client.PostAsync("/api/v1/imports", Upload(readme));
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());

        // As real clients of large uploads do, ask first (Expect: 100-continue): the server refuses before the body is sent.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/imports") { Content = Upload(new byte[100 * 1024 * 1024]) };
        request.Headers.ExpectContinue = true;
        await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<(HttpClient Client, Tokens Tokens, string Handle)> SignUpOnKestrelAsync()
    {
        var (_, tokens, handle) = await _factory.SignUpAsync();
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return (client, tokens, handle);
    }

    private static MultipartFormDataContent Upload(byte[] content) => new()
    {
        { new ByteArrayContent(content), "file", "README.md" },
        { new StringContent("true"), "dryRun" },
    };
}
