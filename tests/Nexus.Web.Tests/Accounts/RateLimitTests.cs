using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Accounts;

public sealed class TightRateLimitFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Auth:AuthRequestsPerMinute"] = "3" };
}

public sealed class RateLimitTests(TightRateLimitFactory factory) : IClassFixture<TightRateLimitFactory>
{
    [Fact]
    public async Task AuthRoutesAnswerTooManyRequestsWithRetryAfter()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@nexus.test", password = "wrong-password" }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@nexus.test", password = "wrong-password" });

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);
        // Other routes are not limited by the auth policy.
        (await client.GetAsync("/api/v1/hubs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
