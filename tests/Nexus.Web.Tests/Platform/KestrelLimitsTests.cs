using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Platform;

public sealed class SmallBodyLimitFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "4096" };
}

/// <summary>Body limits are Kestrel's, so this runs the host on a real Kestrel socket rather than the in-memory test server.</summary>
public sealed class KestrelLimitsTests : IClassFixture<SmallBodyLimitFactory>
{
    private readonly SmallBodyLimitFactory _factory;

    public KestrelLimitsTests(SmallBodyLimitFactory factory)
    {
        _factory = factory;
        _factory.UseKestrel(0);
        _factory.StartServer();
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWithAProblem()
    {
        var client = _factory.CreateClient();
        var body = new StringContent($"{{\"email\":\"{new string('a', 10_000)}\",\"password\":\"x\"}}", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/auth/login", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        problem["detail"]!.GetValue<string>().ShouldContain("4096 bytes");
    }
}
