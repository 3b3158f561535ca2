using Microsoft.Playwright;

namespace Nexus.Web.Browser.Tests;

/// <summary>Home, the challenge catalogue, the skill map and the admin pages in a real browser, on a desktop and a phone,
/// each saved as a screenshot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GuidePagesTests(BrowserHost host)
{
    private const string DemoPassword = "nexus-demo-2025";

    private async Task<IPage> SignedInAsync(string login, string password, bool phone = false)
    {
        var page = await host.NewPageAsync(phone);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Email or handle").FillAsync(login);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{host.BaseUrl}/");
        return page;
    }

    /// <summary>Nothing but deliberate scroll regions may be wider than the viewport.</summary>
    private static async Task ShouldNotScrollSidewaysAsync(IPage page) =>
        (await page.EvaluateAsync<string>("""
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => !e.closest('.table-scroll, .table-wrap') || e.matches('.table-scroll, .table-wrap'))
                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')
            """)).ShouldBeEmpty(page.Url);

    [BrowserFact]
    public async Task TheHomeChartAndTheChallengeFiltersWorkWithoutScript()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        var chart = page.Locator("svg.bar-chart");
        (await chart.GetAttributeAsync("aria-labelledby")).ShouldBe("technologies-chart-title technologies-chart-desc");
        (await chart.Locator("a").CountAsync()).ShouldBeGreaterThan(3);
        await BrowserHost.ScreenshotAsync(page, "20-home-chart");

        await page.GetByRole(AriaRole.Link, new() { Name = "Challenges", Exact = true }).ClickAsync();
        await page.GetByLabel("Technology").SelectOptionAsync(new SelectOptionValue { Label = "Celery" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/challenges?*technology=celery*");
        (await page.Locator("section.cluster").CountAsync()).ShouldBeGreaterThan(0);
        await BrowserHost.ScreenshotAsync(page, "21-challenges");

        var phone = await host.NewPageAsync(phone: true);
        await phone.GotoAsync("/challenges");
        await ShouldNotScrollSidewaysAsync(phone);
        await BrowserHost.ScreenshotAsync(phone, "21-challenges-phone");
    }

    [BrowserFact]
    public async Task AMentorOpensTheSkillMapFromTheNavigationAndItScrollsInsideItsRegionOnAPhone()
    {
        var page = await SignedInAsync("omar@demo.nexus.local", DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Skill map" }).ClickAsync();
        await page.GetByRole(AriaRole.Table).WaitForAsync();
        (await page.GetByRole(AriaRole.Columnheader, new() { Name = "Django", Exact = true }).CountAsync()).ShouldBe(1);
        await BrowserHost.ScreenshotAsync(page, "22-skill-map");

        var phone = await SignedInAsync("omar@demo.nexus.local", DemoPassword, phone: true);
        await phone.GotoAsync("/cohorts/2025-06/skill-map");
        await ShouldNotScrollSidewaysAsync(phone);
        (await phone.EvaluateAsync<bool>("(() => { const r = document.querySelector('.table-scroll'); return r.scrollWidth > r.clientWidth; })()"))
            .ShouldBeTrue();
        await BrowserHost.ScreenshotAsync(phone, "22-skill-map-phone");
    }

    [BrowserFact]
    public async Task AnAdminFindsAnEntryAddsAnAliasAndSeesItSaved()
    {
        var page = await SignedInAsync(BrowserHost.AdminEmail, BrowserHost.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await page.GetByLabel("Name or slug contains").FillAsync("celery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Celery", Exact = true }).First.ClickAsync();
        var aliases = page.GetByLabel("Aliases");
        await aliases.FillAsync(await aliases.InputValueAsync() + "\ncelery worker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." }).WaitForAsync();
        (await aliases.InputValueAsync()).ShouldContain("celery worker");
        await BrowserHost.ScreenshotAsync(page, "23-admin-entry");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts, roles and cohorts" }).ClickAsync();
        await page.GetByRole(AriaRole.Table).WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "24-admin-accounts");

        var phone = await SignedInAsync(BrowserHost.AdminEmail, BrowserHost.AdminPassword, phone: true);
        await phone.GotoAsync("/admin/accounts");
        await ShouldNotScrollSidewaysAsync(phone);
    }
}
