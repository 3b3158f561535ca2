using System.Net;
using System.Text.RegularExpressions;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.WebUi;

/// <summary>Home, /challenges, the skill map and who may open the admin pages, over the search corpus (grace's Celery solution is verified).</summary>
public sealed class ReferenceGuidePagesTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private const string SkillMap = "/cohorts/2025-06/skill-map";

    private Task<HttpClient> LearnerAsync() => corpus.SignedInBrowserAsync("grace", ApiClient.Password);

    private async Task<HttpClient> MentorAsync() => (await corpus.NewAccountBrowserAsync("mentor", "staff")).Browser;

    [Fact]
    public async Task HomeAndChallengesAreOpenToEveryone()
    {
        foreach (var browser in new[] { corpus.Browser(), await LearnerAsync(), await MentorAsync(), await corpus.AdminBrowserAsync() })
        {
            await browser.GetPageAsync("/");
            await browser.GetPageAsync("/challenges");
        }
    }

    [Fact]
    public async Task TheSkillMapIsForMentorsAndAdminsAndOthersGetTheForbiddenPage()
    {
        await corpus.Browser().ShouldRedirectAsync(SkillMap, "/signin?returnUrl=");
        var learner = await LearnerAsync();
        await learner.ShouldRedirectAsync(SkillMap, "/error/403");
        var html = await learner.GetPageAsync("/error/403", HttpStatusCode.Forbidden);
        html.ShouldContain("You may not do that");

        await (await MentorAsync()).GetPageAsync(SkillMap);
        await (await corpus.AdminBrowserAsync()).GetPageAsync(SkillMap);
    }

    [Fact]
    public async Task TheAdminPagesAreForAdminsOnly()
    {
        var learner = await LearnerAsync();
        var mentor = await MentorAsync();
        var admin = await corpus.AdminBrowserAsync();
        foreach (var url in new[] { "/admin", "/admin/accounts", "/admin/catalogue/technologies/django" })
        {
            await corpus.Browser().ShouldRedirectAsync(url, "/signin?returnUrl=");
            await learner.ShouldRedirectAsync(url, "/error/403");
            await mentor.ShouldRedirectAsync(url, "/error/403");
            await admin.GetPageAsync(url);
        }
    }

    [Fact]
    public async Task TheNavigationShowsTheSkillMapToMentorsAndTheAdminLinkToAdmins()
    {
        var learnerNav = await (await LearnerAsync()).GetPageAsync("/");
        var mentorNav = await (await MentorAsync()).GetPageAsync("/");
        var adminNav = await (await corpus.AdminBrowserAsync()).GetPageAsync("/");

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

        var html = await corpus.Browser().GetPageAsync("/");
        var svg = Regex.Match(html, "<svg class=\"bar-chart\".*?</svg>", RegexOptions.Singleline).Value;

        svg.ShouldContain("<title id=\"technologies-chart-title\">Hubs documenting each technology</title>");
        svg.ShouldContain("<desc id=\"technologies-chart-desc\">Django: 2 hubs; Celery: 1 hub;");
        Regex.Matches(svg, "<text x=\"0\"[^>]*>([^<]+)</text>").Select(m => m.Groups[1].Value).ShouldBe(
            ["Django", "Celery", "Docker", "PostgreSQL", "React", "Redis", "TanStack Query"]);
        svg.ShouldContain("href=\"/technologies/django\"");
        svg.ShouldNotContain("Kubernetes");
        html.ShouldContain("role=\"search\"");

        var adminHome = await (await corpus.AdminBrowserAsync()).GetPageAsync("/");
        adminHome.ShouldContain("Kubernetes: 1 hub");
    }

    [Fact]
    public async Task TheChallengePageListsClustersWithTheVerifiedSolutionFirstAndCreditsEachAuthor()
    {
        var html = await corpus.Browser().GetPageAsync("/challenges");

        html.ShouldContain("2 problems.");
        html.IndexOf("Celery tasks never ran", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("Background tasks not executing", StringComparison.Ordinal));
        html.ShouldContain("1 verified");
        Regex.IsMatch(html, "By <a href=\"/hubs/[a-z0-9-]+\">Learner grace</a> \\(@grace\\), verified by @").ShouldBeTrue();
        Regex.IsMatch(html, "By <a href=\"/hubs/[a-z0-9-]+\">Learner linus</a> \\(@linus\\)").ShouldBeTrue();
    }

    [Fact]
    public async Task TheChallengeFiltersAreABookmarkableGetFormAndABadQueryIsShownNextToTheField()
    {
        var html = await corpus.Browser().GetPageAsync("/challenges?technology=django-cors-headers");
        html.ShouldContain("CORS errors calling the Django API");
        html.ShouldNotContain("Celery tasks never ran");
        html.ShouldContain("<option value=\"django-cors-headers\" selected>");
        html.ShouldContain("<form method=\"get\" action=\"/challenges\"");

        var bad = await corpus.Browser().GetPageAsync("/challenges?q=-only", HttpStatusCode.BadRequest);
        bad.ShouldContain("<p class=\"field-error\" id=\"error-q\">");
        bad.ShouldContain("aria-invalid=\"true\"");
    }

    [Fact]
    public async Task TheSkillMapIsATableWithHeaderScopesAndEachLevelInWords()
    {
        var html = await (await MentorAsync()).GetPageAsync(SkillMap);

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
