using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>The admin forms change what the REST API changes, reject posts without antiforgery, and show errors next to fields.</summary>
public sealed class AdminPagesTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private static int _sequence;

    private async Task<string> NewTechnologyAsync(string name)
    {
        var slug = $"ui-tech-{Interlocked.Increment(ref _sequence)}-{Random.Shared.Next(1000, 9999)}";
        var admin = await factory.SignInAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/technologies", new { slug, name, category = "tool", aliases = Array.Empty<string>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return slug;
    }

    private async Task<JsonObject?> TechnologyAsync(string slug)
    {
        var list = await (await factory.CreateClient().GetAsync($"/api/v1/technologies?q={slug}")).ReadJsonAsync();
        return list["items"]!.AsArray().Select(e => e!.AsObject()).SingleOrDefault(e => e["slug"]!.GetValue<string>() == slug);
    }

    private static Dictionary<string, string> Edit(string name, string category, string aliases) =>
        new() { ["Edit.Name"] = name, ["Edit.Category"] = category, ["Edit.Aliases"] = aliases };

    [Fact]
    public async Task EditingAnEntryChangesTheCatalogueAndRedirectsToASuccessMessage()
    {
        var slug = await NewTechnologyAsync("Old name");
        var admin = await factory.AdminBrowserAsync();
        var page = $"/admin/catalogue/technologies/{slug}";

        var response = await admin.PostFormAsync(page, "edit", Edit("New name", "Framework", "first alias\nsecond alias\n"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldEndWith($"{page}?saved=true");
        (await admin.GetPageAsync($"{page}?saved=true")).ShouldContain("role=\"status\">Saved.");
        var entry = (await TechnologyAsync(slug))!;
        entry["name"]!.GetValue<string>().ShouldBe("New name");
        entry["category"]!.GetValue<string>().ShouldBe("framework");
        entry["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldBe(["first alias", "second alias"]);
    }

    [Fact]
    public async Task AnInvalidEditIsShownNextToTheFieldAndChangesNothing()
    {
        var slug = await NewTechnologyAsync("Kept name");
        var response = await (await factory.AdminBrowserAsync()).PostFormAsync($"/admin/catalogue/technologies/{slug}", "edit", Edit("", "tool", ""));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("aria-describedby=\"error-name\" aria-invalid=\"true\"");
        html.ShouldContain("<p class=\"field-error\" id=\"error-name\">'name' is required.</p>");
        (await TechnologyAsync(slug))!["name"]!.GetValue<string>().ShouldBe("Kept name");
    }

    [Fact]
    public async Task AdminFormsAreRefusedWithoutTheAntiforgeryToken()
    {
        var slug = await NewTechnologyAsync("Guarded name");
        var (_, handle) = await factory.NewAccountBrowserAsync();
        var admin = await factory.AdminBrowserAsync();

        var edit = await admin.PostAsync($"/admin/catalogue/technologies/{slug}",
            new FormUrlEncodedContent(new Dictionary<string, string>(Edit("Forged", "tool", "")) { ["_handler"] = "edit" }));
        var grant = await admin.PostAsync("/admin/accounts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"role-admin-{handle}", ["Role.Handle"] = handle, ["Role.Role"] = "admin", ["Role.Grant"] = "true",
        }));

        edit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        grant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TechnologyAsync(slug))!["name"]!.GetValue<string>().ShouldBe("Guarded name");
        await (await factory.SignedInBrowserAsync(handle, ApiClient.Password)).ShouldRedirectAsync("/admin", "/error/403");
    }

    [Fact]
    public async Task MergingAsksForConfirmationAndThenMovesTheHubsToTheOtherEntry()
    {
        var duplicate = await NewTechnologyAsync("Duplicate");
        var keeper = await NewTechnologyAsync("Keeper");
        var (learner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await learner.CreateHubAsync(Search.SearchCorpus.Hub("Merge me", "public", "", [], [duplicate], [], [], [], null));
        var admin = await factory.AdminBrowserAsync();
        var page = $"/admin/catalogue/technologies/{duplicate}";

        var review = await admin.PostFormAsync(page, "merge", new Dictionary<string, string> { ["Merge.Into"] = keeper });
        var reviewHtml = await review.Content.ReadAsStringAsync();
        review.StatusCode.ShouldBe(HttpStatusCode.OK);
        reviewHtml.ShouldContain("Merge into Keeper</button>");
        (await TechnologyAsync(duplicate)).ShouldNotBeNull();

        var merged = await admin.PostFormAsync(page, "merge", new Dictionary<string, string> { ["Merge.Into"] = keeper, ["Merge.Confirmed"] = "true" });

        merged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        merged.Headers.Location!.OriginalString.ShouldEndWith($"/admin/catalogue/technologies/{keeper}?merged={duplicate}");
        (await TechnologyAsync(duplicate)).ShouldBeNull();
        (await TechnologyAsync(keeper))!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("Duplicate");
        var (after, _) = await learner.GetHubAsync(hub["slug"]!.GetValue<string>());
        after["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ShouldBe([keeper]);
    }

    [Fact]
    public async Task MergingIntoAnUnknownEntryIsShownNextToTheField()
    {
        var slug = await NewTechnologyAsync("Lonely");
        var response = await (await factory.AdminBrowserAsync()).PostFormAsync($"/admin/catalogue/technologies/{slug}", "merge",
            new Dictionary<string, string> { ["Merge.Into"] = "no-such-technology" });

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("<p class=\"field-error\" id=\"error-into\">There is no technology 'no-such-technology'.</p>");
        (await TechnologyAsync(slug)).ShouldNotBeNull();
    }

    [Fact]
    public async Task GrantingTheMentorRoleOnTheAccountsPageOpensTheSkillMapAtTheNextSignIn()
    {
        var (learner, handle) = await factory.NewAccountBrowserAsync();
        await learner.ShouldRedirectAsync("/cohorts/2025-06/skill-map", "/error/403");
        var admin = await factory.AdminBrowserAsync();

        var response = await admin.PostFormAsync("/admin/accounts", $"role-mentor-{handle}",
            new Dictionary<string, string> { ["Role.Handle"] = handle, ["Role.Role"] = "mentor", ["Role.Grant"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        location.ShouldContain("done=granted");
        (await admin.GetPageAsync(location)).ShouldContain($"@{handle} is now mentor.");
        await (await factory.SignedInBrowserAsync(handle, ApiClient.Password)).GetPageAsync("/cohorts/2025-06/skill-map");
    }

    [Fact]
    public async Task MovingALearnerChangesTheirCohortAndAnEmptyCohortIsShownNextToTheField()
    {
        var (_, handle) = await factory.NewAccountBrowserAsync();
        var admin = await factory.AdminBrowserAsync();
        var page = $"/admin/accounts?q={handle}";

        var empty = await admin.PostFormAsync(page, $"cohort-{handle}", new Dictionary<string, string> { ["Move.Handle"] = handle, ["Move.Cohort"] = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("<p class=\"field-error\" id=\"error-cohort\">'cohort' is required.</p>");

        var moved = await admin.PostFormAsync(page, $"cohort-{handle}", new Dictionary<string, string> { ["Move.Handle"] = handle, ["Move.Cohort"] = "2031-01" });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var accounts = await (await factory.SignInAsAdminAsync()).GetAsync($"/api/v1/admin/users?q={handle}");
        (await accounts.ReadJsonAsync())["items"]![0]!["cohort"]!.GetValue<string>().ShouldBe("2031-01");
    }

    [Fact]
    public async Task TheLastAdministratorCannotWithdrawTheirOwnRole()
    {
        var admin = await factory.AdminBrowserAsync();
        var handle = (await (await factory.SignInAsAdminAsync()).GetFromJsonAsync<JsonObject>("/api/v1/me"))!["handle"]!.GetValue<string>();

        var response = await admin.PostFormAsync($"/admin/accounts?q={handle}", $"role-admin-{handle}",
            new Dictionary<string, string> { ["Role.Handle"] = handle, ["Role.Role"] = "admin", ["Role.Grant"] = "false" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This is the last administrator");
        await admin.GetPageAsync("/admin");
    }
}
