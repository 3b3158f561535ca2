using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.WebUi;

/// <summary>Browsers (<see cref="PageClient"/>) signed in through the /signin form as a learner, mentor or admin.</summary>
public static class SignedInBrowsers
{
    public static async Task<HttpClient> SignedInBrowserAsync(this NexusFactory factory, string login, string password)
    {
        var browser = factory.Browser();
        var response = await browser.PostFormAsync("/signin", "signin", new Dictionary<string, string> { ["Form.Login"] = login, ["Form.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return browser;
    }

    public static Task<HttpClient> AdminBrowserAsync(this NexusFactory factory) =>
        factory.SignedInBrowserAsync(NexusFactory.AdminEmail, NexusFactory.AdminPassword);

    /// <summary>A new account (signed up over the API), given <paramref name="role"/> by the admin when set, signed in to the UI.</summary>
    public static async Task<(HttpClient Browser, string Handle)> NewAccountBrowserAsync(this NexusFactory factory, string? role = null, string cohort = "2025-06")
    {
        var (_, _, handle) = await factory.SignUpAsync(cohort);
        if (role is not null)
        {
            var admin = await factory.SignInAsAdminAsync();
            (await admin.PostAsJsonAsync($"/api/v1/admin/users/{handle}/roles", new { role })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return (await factory.SignedInBrowserAsync(handle, ApiClient.Password), handle);
    }

    /// <summary>Asserts a redirect to a local address starting with <paramref name="location"/>.</summary>
    public static async Task ShouldRedirectAsync(this HttpClient browser, string url, string location)
    {
        var response = await browser.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
        var target = response.Headers.Location!;
        (target.IsAbsoluteUri ? target.PathAndQuery : target.OriginalString).ShouldStartWith(location);
    }
}
