using System.Net;
using System.Text.RegularExpressions;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.WebUi;

/// <summary>Home, /challenges, the skill map and who may open the admin pages, over the search corpus (grace's Celery solution is verified).</summary>
public sealed class ReferenceGuidePagesTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const string SkillMap = "/cohorts/2025-06/skill-map";

    private Task<PageSession> LearnerAsync() => PageSession.SignInAsync(corpus, "grace", ApiClient.Password);

    private async Task<PageSession> MentorAsync() => (await PageSession.SignUpAsync(corpus, "mentor", "staff")).Session;

    private static async Task ShouldBeSentToAsync(PageSession session, string url, string location)
    {
        var response = await session.Client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
        var target = response.Headers.Location!;
        (target.IsAbsoluteUri ? target.PathAndQuery : target.OriginalString).ShouldStartWith(location);
    }

    [Fact]
    public async Task HomeAndChallengesAreOpenToEveryone()
    {
        foreach (var session in new[] { PageSession.Anonymous(corpus), await LearnerAsync(), await MentorAsync(), await PageSession.SignInAsAdminAsync(corpus) })
        {
            (await session.GetAsync("/")).Status.ShouldBe(HttpStatusCode.OK);
            (await session.GetAsync("/challenges")).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task TheSkillMapIsForMentorsAndAdminsAndOthersGetTheForbiddenPage()
    {
        await ShouldBeSentToAsync(PageSession.Anonymous(corpus), SkillMap, "/signin?returnUrl=");
        var learner = await LearnerAsync();
        await ShouldBeSentToAsync(learner, SkillMap, "/error/403");
        var (status, html) = await learner.GetAsync("/error/403");
        status.ShouldBe(HttpStatusCode.Forbidden);
        html.ShouldContain("You may not do that");

        (await (await MentorAsync()).GetAsync(SkillMap)).Status.ShouldBe(HttpStatusCode.OK);
        (await (await PageSession.SignInAsAdminAsync(corpus)).GetAsync(SkillMap)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheAdminPagesAreForAdminsOnly()
    {
        var learner = await LearnerAsync();
        var mentor = await MentorAsync();
        var admin = await PageSession.SignInAsAdminAsync(corpus);
        foreach (var url in new[] { "/admin", "/admin/accounts", "/admin/catalogue/technologies/django" })
        {
            await ShouldBeSentToAsync(PageSession.Anonymous(corpus), url, "/signin?returnUrl=");
            await ShouldBeSentToAsync(learner, url, "/error/403");
            await ShouldBeSentToAsync(mentor, url, "/error/403");
            (await admin.GetAsync(url)).Status.ShouldBe(HttpStatusCode.OK, url);
        }
    }

    [Fact]
    public async Task TheNavigationShowsTheSkillMapToMentorsAndTheAdminLinkToAdmins()
    {
        var (_, learnerNav) = await (await LearnerAsync()).GetAsync("/");
        var (_, mentorNav) = await (await MentorAsync()).GetAsync("/");
        var (_, adminNav) = await (await PageSession.SignInAsAdminAsync(corpus)).GetAsync("/");

        learnerNav.ShouldNotContain("/skill-map\"");
        learnerNav.ShouldNotContain("href=\"/admin\"");
        mentorNav.ShouldContain("href=\"/cohorts/staff/skill-map\"");
        mentorNav.ShouldNotContain("href=\"/admin\"");
        adminNav.ShouldContain("href=\"/admin\"");
    }

    [Fact]
    public async Task TheHomeChartShowsTheMostDocumentedTechnologiesTheVisitorMayRead()
    {
        var (other, _, _) = await corpus.SignUpAsync("2030-01");
        await other.CreateHubAsync(SearchCorpus.Hub("Another Django hub", "public", "More Django.", [("Django", "Views.")], ["django"], [], [], [], null));

        var (_, html) = await PageSession.Anonymous(corpus).GetAsync("/");
        var svg = Regex.Match(html, "<svg class=\"bar-chart\".*?</svg>", RegexOptions.Singleline).Value;

        svg.ShouldContain("<title id=\"technologies-chart-title\">Hubs documenting each technology</title>");
        svg.ShouldContain("<desc id=\"technologies-chart-desc\">Django: 2 hubs; Celery: 1 hub;");
        Regex.Matches(svg, "<text x=\"0\"[^>]*>([^<]+)</text>").Select(m => m.Groups[1].Value).ShouldBe(
            ["Django", "Celery", "Docker", "PostgreSQL", "React", "Redis", "TanStack Query"]);
        svg.ShouldContain("href=\"/technologies/django\"");
        svg.ShouldNotContain("Kubernetes");
        html.ShouldContain("role=\"search\"");

        var (_, adminHome) = await (await PageSession.SignInAsAdminAsync(corpus)).GetAsync("/");
        adminHome.ShouldContain("Kubernetes: 1 hub");
    }

    [Fact]
    public async Task TheChallengePageListsClustersWithTheVerifiedSolutionFirstAndCreditsEachAuthor()
    {
        var (status, html) = await PageSession.Anonymous(corpus).GetAsync("/challenges");

        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("2 problems.");
        html.IndexOf("Celery tasks never ran", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Background tasks not executing", StringComparison.Ordinal));
        html.ShouldContain("1 verified");
        Regex.IsMatch(html, "By <a href=\"/hubs/[a-z0-9-]+\">Learner grace</a> \\(@grace\\), verified by @").ShouldBeTrue();
        Regex.IsMatch(html, "By <a href=\"/hubs/[a-z0-9-]+\">Learner linus</a> \\(@linus\\)").ShouldBeTrue();
    }

    [Fact]
    public async Task TheChallengeFiltersAreABookmarkableGetFormAndABadQueryIsShownNextToTheField()
    {
        var (_, html) = await PageSession.Anonymous(corpus).GetAsync("/challenges?technology=django-cors-headers");
        html.ShouldContain("CORS errors calling the Django API");
        html.ShouldNotContain("Celery tasks never ran");
        html.ShouldContain("<option value=\"django-cors-headers\" selected>");
        html.ShouldContain("<form method=\"get\" action=\"/challenges\"");

        var (status, bad) = await PageSession.Anonymous(corpus).GetAsync("/challenges?q=-only");
        status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ShouldContain("<p class=\"field-error\" id=\"error-q\">");
        bad.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task TheSkillMapIsATableWithHeaderScopesAndEachLevelInWords()
    {
        var (_, html) = await (await MentorAsync()).GetAsync(SkillMap);

        html.ShouldContain("<caption id=\"skill-caption\">");
        html.ShouldContain("<th scope=\"colgroup\"");
        html.ShouldContain("<th scope=\"col\"><a href=\"/technologies/celery\">Celery</a></th>");
        var graceRow = Regex.Match(html, "<tr><th scope=\"row\">Learner grace.*?</tr>", RegexOptions.Singleline).Value;
        graceRow.ShouldContain("<span class=\"visually-hidden\">challenge verified by a mentor</span>");
        graceRow.ShouldContain("<span class=\"visually-hidden\">documented</span>");
        html.ShouldContain("Coverage <span class=\"muted\">");
        html.ShouldNotContain("Kubernetes");
    }
}
