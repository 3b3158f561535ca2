using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>The web UI through plain HTTP, as a browser without JavaScript (or a crawler) sees it.</summary>
public sealed class PageTests(DemoNexusFactory factory) : IClassFixture<DemoNexusFactory>
{
    [Fact]
    public async Task FormsAreRefusedWithoutTheAntiforgeryToken()
    {
        var response = await factory.Browser().PostAsync("/signup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signup", ["Form.Email"] = "forged@nexus.test", ["Form.Handle"] = "forged", ["Form.DisplayName"] = "Forged",
            ["Form.Track"] = "backend", ["Form.Cohort"] = "2025-06", ["Form.Password"] = ApiClient.Password,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "forged@nexus.test", password = ApiClient.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task SigningUpThroughTheFormStartsACookieSessionThatTheApiDoesNotAccept()
    {
        var browser = factory.Browser();
        await browser.SignUpAsync("formlearner");

        var profile = await browser.GetPageAsync("/profile");
        profile.ShouldContain("Learner formlearner");
        (await browser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UnknownAddressesShowAFriendlyNotFoundPageWhileTheApiKeepsProblemDetails()
    {
        var page = await factory.Browser().GetPageAsync("/no/such/page", HttpStatusCode.NotFound);
        page.ShouldContain("Page not found");
        page.ShouldContain("<main id=\"main\"");

        var api = await factory.CreateClient().GetAsync("/api/v1/no-such-thing");
        await api.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APrivateHubIsNotFoundForOthersAndReadableByItsOwner()
    {
        var (owner, tokens, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub(title: "Secret diary", visibility: "private"));
        var slug = hub["slug"]!.GetValue<string>();

        var stranger = await factory.Browser().GetPageAsync($"/hubs/{slug}", HttpStatusCode.NotFound);
        stranger.ShouldNotContain("Secret diary");
        var other = factory.Browser();
        await other.SignUpAsync("nosyneighbour");
        (await other.GetPageAsync($"/hubs/{slug}/history", HttpStatusCode.NotFound)).ShouldNotContain("Secret diary");
        tokens.AccessToken.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ReadingPagesCarryTheirContentInPlainHtml()
    {
        var hub = await factory.Browser().GetPageAsync("/hubs/omar-mentor-notebook");
        hub.ShouldContain("<h1 id=\"hub-title\">");
        hub.ShouldContain("href=\"/technologies/celery\"");
        hub.ShouldContain("class=\"challenge card\"");
        hub.ShouldContain("/hubs/omar-mentor-notebook/export?format=zip");

        var search = await factory.Browser().GetPageAsync("/search?q=celery");
        search.ShouldContain("<mark>");
        search.ShouldContain("href=\"/hubs/");

        var technology = await factory.Browser().GetPageAsync("/technologies/celery");
        technology.ShouldContain("Learners and their notes");
        technology.ShouldContain("Omar Haddad");

        var home = await factory.Browser().GetPageAsync("/");
        home.ShouldContain("<svg class=\"bar-chart\"");
    }

    [Fact]
    public async Task EditingIsForTheOwnerOnly()
    {
        var anonymous = await factory.Browser().GetAsync("/hubs/omar-mentor-notebook/edit");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.PathAndQuery.ShouldBe("/signin?returnUrl=%2Fhubs%2Fomar-mentor-notebook%2Fedit");

        var learner = factory.Browser();
        await learner.SignUpAsync("notomar");
        await learner.GetPageAsync("/hubs/omar-mentor-notebook/edit", HttpStatusCode.Forbidden);
    }
}
