using Microsoft.Playwright;

namespace Nexus.Web.Browser.Tests;

/// <summary>The journey in a real browser: sign up → import a README → edit a section → see the revision diff →
/// search and find it → open the technology page and see the learner listed. Each main page is saved as a screenshot.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LearnerJourneyTests(BrowserHost host)
{
    private const string Readme = """
        # Priya's Backend Journey

        A year of learning to build APIs that stay fast.

        ## 🛠️ Key Technologies
        - **Django**: models, views and the admin.
        - **PostgreSQL**: indexes and EXPLAIN ANALYZE.

        ## 💡 Core Concepts
        - **Caching**: invalidation is the hard part.

        ## 🧗 Challenges
        ### Challenge 1: Celery tasks never ran
        **Problem:** Tasks were queued but no worker picked them up.
        **Solution:** Pointed the worker at the same broker URL.
        **Result:** Emails go out in 2 seconds instead of never.

        ## 🌱 Personal Growth
        From scripts to services.

        ```python
        Hub.objects.select_related("owner")
        ```
        """;

    [BrowserFact]
    public async Task ALearnerSignsUpImportsEditsComparesSearchesAndFindsThemselvesInTheReferenceGuide()
    {
        var page = await host.NewPageAsync();

        await page.GotoAsync("/signup");
        await page.GetByLabel("Email").FillAsync("wanjiru@nexus.test");
        await page.GetByLabel("Handle").FillAsync("wanjiru");
        await page.GetByLabel("Display name").FillAsync("Wanjiru Kamau");
        await page.GetByLabel("Cohort").FillAsync("2025-06");
        await page.GetByLabel("Password").FillAsync("correct-horse-battery");
        await BrowserHost.ScreenshotAsync(page, "01-signup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync($"{host.BaseUrl}/");
        await page.GetByRole(AriaRole.Link, new() { Name = "wanjiru" }).WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "02-home");

        await page.GotoAsync("/import");
        await page.GetByLabel("Paste the README (Markdown)").FillAsync(Readme);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview the import" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Import report" }).WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "03-import-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create hub" }).ClickAsync();
        await page.WaitForURLAsync("**/hubs/*");
        var hubUrl = page.Url;
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Priya's Backend Journey");
        await page.Locator("pre code.hljs").First.WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "04-hub");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        var firstEditor = page.Locator(".CodeMirror").First;
        await firstEditor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync("\n\nEdited in the browser: connection pooling matters.");
        await BrowserHost.ScreenshotAsync(page, "05-editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(hubUrl);
        await page.GetByText("Edited in the browser: connection pooling matters.").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        var inserted = page.Locator(".diff .ins", new() { HasText = "Edited in the browser" });
        await inserted.First.WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "06-history");

        await page.GotoAsync("/search");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).PressSequentiallyAsync("pooling", new() { Delay = 40 });
        await page.Locator("#results .hit", new() { HasText = "Priya's Backend Journey" }).First.WaitForAsync();
        page.Url.ShouldContain("q=pooling");
        await BrowserHost.ScreenshotAsync(page, "07-search");

        await page.GetByRole(AriaRole.Link, new() { Name = "Priya's Backend Journey" }).First.ClickAsync();
        await page.WaitForURLAsync(hubUrl);
        await page.Locator("#technologies").GetByRole(AriaRole.Link, new() { Name = "Django", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/technologies/django");
        await page.Locator("section[aria-labelledby=learners-title]", new() { HasText = "Wanjiru Kamau" }).WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "08-technology");
    }

    [BrowserFact]
    public async Task TheHubPageFitsAPhoneScreen()
    {
        var page = await host.NewPageAsync(phone: true);
        await page.GotoAsync("/hubs/omar-mentor-notebook");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        await BrowserHost.ScreenshotAsync(page, "09-hub-phone");
        overflow.ShouldBeFalse("the page scrolls sideways at phone width");
    }
}
