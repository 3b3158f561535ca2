using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Platform;

public sealed class PlatformTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRoutesAndTheBearerScheme()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/v1/auth/login");
        paths.ShouldContain("/api/v1/hubs/{slug}");
        paths.ShouldContain("/api/v1/hubs/{slug}/diff");
        document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        document["paths"]!["/api/v1/hubs/{slug}"]!["get"]!["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        document["paths"]!["/api/v1/me"]!["get"]!["security"].ShouldNotBeNull("reading your profile needs a token");
        document["paths"]!["/api/v1/hubs"]!["get"]!["security"].ShouldBeNull("anyone may list hubs");
        document["paths"]!["/api/v1/hubs/{slug}"]!["put"]!["responses"]!["403"].ShouldNotBeNull();
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    [Fact]
    public async Task HealthEndpointsReportLiveAndReady()
    {
        var client = factory.CreateClient();

        (await client.GetStringAsync("/health/live")).ShouldBe("Healthy");
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task UnknownRoutesAnswerWithAProblem()
    {
        await (await factory.CreateClient().GetAsync("/api/v1/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
