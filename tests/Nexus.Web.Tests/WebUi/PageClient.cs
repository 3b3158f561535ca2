using System.Net;
using System.Text.RegularExpressions;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>A browser without JavaScript: plain GETs and form posts carrying the page's antiforgery token, cookies kept.</summary>
public static partial class PageClient
{
    public static HttpClient Browser(this NexusFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> GetPageAsync(this HttpClient browser, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await browser.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, html.Length > 600 ? html[..600] : html);
        return html;
    }

    /// <summary>Posts a form the way the page's form would: its handler name and antiforgery token plus the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string path, string handler, IDictionary<string, string> fields)
    {
        var page = await browser.GetPageAsync(path);
        var values = new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = TokenOf(page) };
        return await browser.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public static async Task<string> SignUpAsync(this HttpClient browser, string handle, string cohort = "2025-06")
    {
        var response = await browser.PostFormAsync("/signup", "signup", new Dictionary<string, string>
        {
            ["Form.Email"] = $"{handle}@nexus.test",
            ["Form.Handle"] = handle,
            ["Form.DisplayName"] = $"Learner {handle}",
            ["Form.Track"] = "backend",
            ["Form.Cohort"] = cohort,
            ["Form.Password"] = ApiClient.Password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return handle;
    }

    public static string TokenOf(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
