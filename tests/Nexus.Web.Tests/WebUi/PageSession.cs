using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>A browser-like session of the web UI: a cookie jar, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class PageSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static PageSession Anonymous(NexusFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Signs in through the /signin form, as a person would.</summary>
    public static async Task<PageSession> SignInAsync(NexusFactory factory, string login, string password)
    {
        var session = Anonymous(factory);
        var response = await session.PostFormAsync("/signin", "signin", new() { ["Form.Login"] = login, ["Form.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return session;
    }

    public static Task<PageSession> SignInAsAdminAsync(NexusFactory factory) => SignInAsync(factory, NexusFactory.AdminEmail, NexusFactory.AdminPassword);

    /// <summary>A new account (signed up over the API) with the given role granted by the admin, signed in to the UI.</summary>
    public static async Task<(PageSession Session, string Handle)> SignUpAsync(NexusFactory factory, string? role = null, string cohort = "2025-06")
    {
        var (_, _, handle) = await factory.SignUpAsync(cohort);
        if (role is not null)
        {
            var admin = await factory.SignInAsAdminAsync();
            (await admin.PostAsJsonAsync($"/api/v1/admin/users/{handle}/roles", new { role })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return (await SignInAsync(factory, handle, ApiClient.Password), handle);
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads <paramref name="url"/> for an antiforgery token, then posts the named form there with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formName, Dictionary<string, string> fields, bool withToken = true)
    {
        var (_, html) = await GetAsync(url);
        var body = new Dictionary<string, string>(fields) { ["_handler"] = formName };
        if (withToken)
        {
            body["__RequestVerificationToken"] = TokenPattern().Match(html) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException($"No antiforgery token on {url}.");
        }

        return await Client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
