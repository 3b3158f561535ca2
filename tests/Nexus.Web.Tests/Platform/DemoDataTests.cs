using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Platform;

public sealed class DemoDataTests(DemoNexusFactory factory) : IClassFixture<DemoNexusFactory>
{
    [Fact]
    public async Task AFreshDatabaseGetsTheDemoCohort()
    {
        var page = await (await factory.CreateClient().GetAsync("/api/v1/hubs?pageSize=100")).ReadJsonAsync();

        // Ten demo hubs, of which the anonymous reader sees the public ones.
        page["total"]!.GetValue<int>().ShouldBeInRange(5, 10);
        var tracks = page["items"]!.AsArray().Select(i => i!["owner"]!["track"]!.GetValue<string>()).Distinct().ToList();
        tracks.ShouldContain("backend");
        tracks.ShouldContain("frontend");
    }

    [Fact]
    public async Task DemoLearnersSignInWithTheDocumentedPassword()
    {
        var admin = await factory.SignInAsAdminAsync();
        var users = await (await admin.GetAsync("/api/v1/admin/users?pageSize=100")).ReadJsonAsync();
        var mentor = users["items"]!.AsArray().First(u => u!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "mentor"))!;

        var client = await factory.SignInAsync(mentor["email"]!.GetValue<string>(), Nexus.Web.Features.Demo.DemoSeeder.DemoPassword);

        var all = await (await client.GetAsync("/api/v1/hubs?pageSize=100")).ReadJsonAsync();
        all["total"]!.GetValue<int>().ShouldBe(9, "a mentor reads public and cohort hubs, not the private one");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DemoHubsCarryVerifiedChallengesAndRevisions()
    {
        var admin = await factory.SignInAsAdminAsync();
        var page = await (await admin.GetAsync("/api/v1/hubs?pageSize=100")).ReadJsonAsync();
        var verified = 0;
        foreach (var item in page["items"]!.AsArray())
        {
            var (hub, _) = await admin.GetHubAsync(item!["slug"]!.GetValue<string>());
            hub["technologies"]!.AsArray().Count.ShouldBeGreaterThan(3);
            hub["revision"]!.GetValue<int>().ShouldBe(1);
            verified += hub["challenges"]!.AsArray().Count(c => c!["verifiedBy"] is not null);
        }

        page["total"]!.GetValue<int>().ShouldBe(10);
        verified.ShouldBeGreaterThan(0);
    }
}
