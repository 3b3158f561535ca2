using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Nexus.Web.Browser.Tests;

/// <summary>A hub written to attack its readers renders inert: no dialog opens, no injected script runs, no javascript: link survives.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowserHost host)
{
    private const string Payload = "window.__pwned = (window.__pwned || 0) + 1; alert('xss')";

    private static readonly string HostileMarkdown = $"""
        Hello <script>{Payload}</script>

        <img src="x" onerror="{Payload}">

        [a javascript link](javascript:{Payload})

        [an encoded one](jav&#x09;ascript:alert(1)) and <a href="JaVaScRiPt:alert(1)">raw html link</a>

        <svg onload="{Payload}"></svg><iframe src="javascript:alert(1)"></iframe>

        <div style="background:url(javascript:alert(1))" onmouseover="{Payload}">hover me</div>

        ```html
        <script>{Payload}</script>
        ```

        <details open ontoggle="{Payload}"><summary>toggle</summary>x</details>
        """;

    [BrowserFact]
    public async Task AHubFullOfScriptsRendersInert()
    {
        var slug = await CreateHostileHubAsync();
        var page = await host.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };

        var response = await page.GotoAsync($"/hubs/{slug}");
        response!.Status.ShouldBe(200);
        await page.Locator("main").HoverAsync();
        foreach (var link in await page.Locator("main .prose a").AllAsync())
        {
            (await link.GetAttributeAsync("href") ?? "").ShouldNotStartWith("javascript", Case.Insensitive);
        }

        await page.WaitForTimeoutAsync(500);
        await BrowserHost.ScreenshotAsync(page, "10-hostile-hub");
        dialogs.ShouldBe(0);
        (await page.EvaluateAsync<int>("() => window.__pwned || 0")).ShouldBe(0);
        (await page.Locator("main script, main iframe, main svg, main [onerror], main [onload], main [onmouseover], main [ontoggle], main [style]").CountAsync())
            .ShouldBe(0);
        (await page.Locator("main").InnerTextAsync()).ShouldContain("<script>"); // the fenced code is shown as text
        (await page.TitleAsync()).ShouldContain("<script>");
    }

    private async Task<string> CreateHostileHubAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var register = await http.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = "mallory@nexus.test", password = "correct-horse-battery", handle = "mallory", displayName = "<img src=x onerror=alert(1)>",
            track = "backend", cohort = "2025-06",
        });
        register.StatusCode.ShouldBe(HttpStatusCode.Created, await register.Content.ReadAsStringAsync());
        var token = (await register.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await http.PostAsJsonAsync("/api/v1/hubs", new
        {
            title = $"<script>{Payload}</script>",
            summary = "<img src=x onerror=alert(1)>",
            visibility = "public",
            sections = new[] { new { kind = "overview", title = "<b onmouseover=alert(1)>Overview</b>", markdown = HostileMarkdown } },
            technologies = new[] { new { slug = "django", note = "<script>alert(1)</script>" } },
            challenges = new[]
            {
                new { title = "<svg onload=alert(1)>", problem = HostileMarkdown, solution = "[x](javascript:alert(1))", result = "<img src=x onerror=alert(1)>" },
            },
            takeaways = new[] { new { text = "<script>alert(1)</script>" } },
            snippets = new[] { new { title = "s", language = "\"><script>alert(1)</script>", code = "</code><script>alert(1)</script>", description = "" } },
            resources = new[] { new { title = "docs", url = "https://example.org/?q=\"><script>alert(1)</script>" } },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonObject>())!["slug"]!.GetValue<string>();
    }
}
